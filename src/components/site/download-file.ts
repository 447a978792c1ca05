/**
 * Saves text as a file download in the browser (exports, submission files, YAML cases, CSV).
 * Nothing is sent anywhere: the file is made from a Blob URL, released shortly after the click.
 * Zod-free and tiny, so any island can use it.
 */
export function downloadFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
