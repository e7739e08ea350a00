/**
 * Hands the person a file made on the page (a filled-in paper, a plan's .zip, calendar or export):
 * a link to the bytes, clicked and removed. Shared by the template forms and the planner.
 */

/** Offers `data` as a download named `name`; returns its size in bytes. */
export function offerFile(data: BlobPart, name: string, type: string): number {
  const blob = new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the file after the click; the address is freed once it surely has.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob.size;
}
