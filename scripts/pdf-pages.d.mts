export function countPdfPages(pdf: Uint8Array): number;
export function pdfPageSizes(pdf: Uint8Array): { width: number; height: number }[];
export function mmToPt(mm: number): number;
