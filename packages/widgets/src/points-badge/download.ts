/**
 * Hands `text` to the browser as a file download named `fileName`, from a
 * Blob URL: the file never leaves the page, and the URL is let go once the
 * browser has had time to start the download. The link is clicked inside
 * `root` (a widget's shadow root) because some browsers download only from a
 * link that is in a document.
 */
export function downloadText(root: ParentNode, text: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once may cancel a download that has not started reading the Blob yet.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

/**
 * A file name from words, for any language: letters and digits of every
 * script stay (so "王芳" stays readable), everything else becomes one hyphen.
 *
 * @example
 * ```ts
 * fileNamePart('Lena Fischer'); // 'lena-fischer'
 * fileNamePart('<b>Tom & Jerry</b>'); // 'b-tom-jerry-b'
 * ```
 */
export function fileNamePart(words: string): string {
  return words
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
