/** pdfkit ships no types; knebel uses a small typed surface of it (src/letter/pdf.ts). */
declare module 'pdfkit';
