import { ChitieuError } from '../diagnostics/chitieu-error.js';
import type { Lang } from '../diagnostics/types.js';

/**
 * Why a file could not be read as a Word document:
 * - `not_docx`: not a ZIP package at all (a text file, a PDF, ...)
 * - `legacy_doc`: an old Word 97–2003 `.doc` file (not Office Open XML)
 * - `no_document`: a ZIP package without `word/document.xml` (an `.xlsx`, an `.odt`, ...)
 * - `invalid_xml`: `word/document.xml` is not well-formed XML (a damaged file)
 *
 * @example
 * try { readDocx(bytes) } catch (e) { if (e instanceof DocxError) e.code } // 'not_docx'
 */
export type DocxErrorCode = 'not_docx' | 'legacy_doc' | 'no_document' | 'invalid_xml';

const MESSAGES: Readonly<Record<DocxErrorCode, Readonly<Record<Lang, string>>>> = {
  not_docx: {
    vi: 'không phải tệp Word .docx (không phải gói ZIP của Office Open XML). Lưu bảng dưới dạng .docx, hoặc dán bảng vào tệp .tsv.',
    en: 'not a Word .docx file (not an Office Open XML ZIP package). Save the table as .docx, or paste it into a .tsv file.',
  },
  legacy_doc: {
    vi: 'là tệp Word 97–2003 (.doc), không đọc được. Mở bằng Word hoặc LibreOffice và lưu thành .docx.',
    en: 'is a Word 97–2003 (.doc) file, which cannot be read. Open it in Word or LibreOffice and save it as .docx.',
  },
  no_document: {
    vi: 'là gói ZIP nhưng không có word/document.xml: không phải tệp Word (có thể là .xlsx hoặc .odt). Lưu thành .docx.',
    en: 'is a ZIP package without word/document.xml: not a Word file (perhaps .xlsx or .odt). Save it as .docx.',
  },
  invalid_xml: {
    vi: 'có word/document.xml hỏng (XML không hợp lệ). Mở bằng Word và lưu lại.',
    en: 'has a damaged word/document.xml (invalid XML). Open it in Word and save it again.',
  },
};

/**
 * The error `readDocx` and `importDocx` throw for a file that is not a readable Word document.
 * `detail` is what the ZIP or XML reader said, if anything.
 *
 * @example
 * try { importDocx(new TextEncoder().encode('STT\tDanh mục')) } catch (e) {
 *   if (e instanceof DocxError) console.error(e.code, e.format('en')) // 'not_docx' 'not a Word .docx file ...'
 * }
 */
export class DocxError extends ChitieuError<DocxErrorCode> {
  override readonly name = 'DocxError';
  readonly code: DocxErrorCode;
  readonly detail: string | undefined;

  constructor(code: DocxErrorCode, detail?: string, lang: Lang = 'vi') {
    super(MESSAGES[code][lang] + (detail ? ` (${detail})` : ''));
    this.code = code;
    this.detail = detail;
  }

  /** The message in `lang`, with what the reader said. */
  format(lang: Lang = 'vi'): string {
    return MESSAGES[this.code][lang] + (this.detail ? ` (${this.detail})` : '');
  }
}
