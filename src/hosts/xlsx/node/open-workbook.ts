// Opens an .xlsx file on disk with the shared reader: file ranges as its ByteSource, Node's zlib as its
// inflater. The descriptor is closed once the caller is done (`use` settles).
import { XlsxWorkbook, type OpenWorkbookOptions } from '../read/workbook';
import { openFileSource } from './file-source';
import { zlibInflateRaw } from './zlib-inflate';

/** Opens `file`, runs `use` on the workbook, closes the file; errors are UnusableInputError naming `options.name`. */
export async function withWorkbookFile<T>(
  file: string,
  options: Omit<OpenWorkbookOptions, 'inflate'>,
  use: (book: XlsxWorkbook) => Promise<T>,
): Promise<T> {
  const source = await openFileSource(file, options.name);
  try {
    const book = await XlsxWorkbook.open(source, { ...options, inflate: zlibInflateRaw });
    return await use(book);
  } finally {
    await source.close();
  }
}
