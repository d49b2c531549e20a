/** Characters that Windows, macOS or Linux reject in file names, and control characters. */
const UNSAFE_FILE_NAME_CHARACTERS = /[\\/:*?"<>|\u0000-\u001f]/g;

/** Turn a project name into a file-name stem; an empty name becomes `project`. */
export function fileNameStem(name: string): string {
  const stem = name.replace(UNSAFE_FILE_NAME_CHARACTERS, '_').trim();
  return stem === '' ? 'project' : stem;
}

/** Offer bytes or text to the user as a download with the given file name. */
export function downloadFile(contents: Uint8Array | string, fileName: string, mimeType: string): void {
  // Copy into a plain ArrayBuffer: a Uint8Array may view a SharedArrayBuffer, which Blob rejects.
  const part = typeof contents === 'string' ? contents : contents.slice().buffer;
  const url = URL.createObjectURL(new Blob([part], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
