/**
 * File-system faults in plain Chinese: the one place that maps Node's error codes (ENOENT, EISDIR, EACCES, ENOSPC…)
 * to what happened and what to do. Used by the data folder reader, `npm run validate`, `npm run ingest` and
 * `npm run build`, so the same fault reads the same everywhere and no English stack trace reaches staff.
 */

/** A fault the user can fix, described in one plain Chinese sentence that names the file and what to do. */
export class Fault extends Error {
  /** The file or folder concerned, as the user gave it or as it sits on disk. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(message);
    this.name = 'Fault';
    this.path = path;
  }
}

/** Whether the failed operation was reading (the data folder) or writing (the site, generated content). */
export type IoAction = 'read' | 'write';

const VERB: Record<IoAction, string> = { read: '读取', write: '写入' };

/** The message for a Node error code, or undefined for a code that is not a file-system fault. */
export function ioMessage(code: string, path: string, action: IoAction): string | undefined {
  const verb = VERB[action];
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? `找不到 ${path}。请检查路径和文件名是否写对`
        : `无法写入 ${path}：它所在的文件夹不存在。请先建好这个文件夹，或换一个输出位置`;
    case 'EISDIR':
      return `${path} 是一个文件夹，不是文件。请把这个文件夹移走或改名，再把正确的文件放在这里`;
    case 'ENOTDIR':
      return `无法${verb} ${path}：路径中有一级是文件而不是文件夹。请检查路径，或换一个位置`;
    case 'EACCES':
    case 'EPERM':
      return `没有权限${verb} ${path}。请检查这个文件（或文件夹）的权限，或换一个有权限的位置`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `磁盘空间不足，无法写入 ${path}。请清理这块磁盘（删除不需要的文件）后重试`;
    case 'EROFS':
      return `${path} 所在的磁盘是只读的，无法写入。请换一个可以写入的位置`;
    case 'EMFILE':
    case 'ENFILE':
      return `同时打开的文件太多，无法${verb} ${path}。请关闭其他程序后重试；经常出现时请管理员调高文件打开数上限（ulimit -n）`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${path} 正被其他程序占用，无法${verb}。请关闭占用它的程序（例如 Excel）后重试`;
    case 'EIO':
      return `${verb} ${path} 时磁盘出错。请检查磁盘（或 U 盘、网络盘）是否连接正常，或把文件复制到本机后重试`;
    case 'ELOOP':
      return `${path} 是循环指向自己的快捷方式（符号链接），无法${verb}。请换成真正的文件`;
    case 'ENAMETOOLONG':
      return `路径太长，无法${verb}：${path}。请换一个短一些的路径`;
    case 'EEXIST':
      return `${path} 已经存在，无法${verb}。请把它移走或改名后重试`;
    case 'ENOTEMPTY':
      return `${path} 不是空文件夹，无法${verb}。请把它移走或改名后重试`;
    case 'EXDEV':
      return `无法${verb} ${path}：它和输出文件夹不在同一块磁盘上。请换一个输出位置`;
    default:
      return undefined;
  }
}

/** A file that is neither absent nor a regular file: a pipe, a device, a socket or a link to nothing. */
export function notAFile(path: string, kind: 'link' | 'special'): Fault {
  return new Fault(
    path,
    kind === 'link'
      ? `${path} 是一个快捷方式（符号链接），但它指向的文件不存在。请换成真正的文件`
      : `${path} 不是普通文件（而是管道、设备等特殊文件），无法读取。请换成从 Excel 另存的 CSV 文件`,
  );
}

/** The data folder given is a file, or does not exist. */
export function notAFolder(path: string, exists: boolean): Fault {
  return new Fault(
    path,
    exists
      ? `${path} 是一个文件，不是文件夹。请指定存放台账（projects.csv 等）的文件夹`
      : `找不到数据文件夹：${path}。请检查路径是否写对`,
  );
}

const codeOf = (e: unknown): string | undefined => {
  const code = e && typeof e === 'object' ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
};

/**
 * The Fault for a thrown value: itself if it is one, else the first error in its `cause` chain (Astro wraps
 * errors) with a known file-system code, described for `path` (default: the error's own path). Undefined
 * for anything else, which is a bug rather than something staff can fix.
 */
export function ioFault(e: unknown, path?: string, action: IoAction = 'read'): Fault | undefined {
  for (let x = e, depth = 0; x && depth < 8; x = (x as { cause?: unknown }).cause, depth++) {
    if (x instanceof Fault) return x;
    const code = codeOf(x);
    const where = path ?? (x as { path?: unknown }).path;
    if (!code || typeof where !== 'string') continue;
    const message = ioMessage(code, where, action);
    if (message) return new Fault(where, message);
  }
  return undefined;
}
