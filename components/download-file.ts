/**
 * Hand a file to the browser's download manager from an extension page, without the `downloads`
 * permission: a Blob URL on an <a download> element, clicked. The browser saves it under `name` (or
 * asks where, as the user has set it up).
 */
import type { ExportFile } from './export-files';

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel a download that has not started reading the Blob yet.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
