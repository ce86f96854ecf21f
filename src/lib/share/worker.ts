/** Worker thread entry: draws the share images given in workerData (a DrawInput) and posts the DrawResult. */
import { parentPort, workerData } from 'node:worker_threads';
import { drawAll, type DrawInput } from './draw.ts';

parentPort!.postMessage(await drawAll(workerData as DrawInput));
