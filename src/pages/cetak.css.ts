import type { APIRoute } from 'astro';
import css from '../components/print/print-parts.css?inline';

/**
 * /cetak.css: the print parts' rules for paper only (see print-parts.css). A file of its own, linked
 * with media="print", so no page waits for it before it shows; offline, the service worker saves it
 * like any other file, and the ZIM file carries it.
 */
export const GET: APIRoute = () => new Response(css, { headers: { 'Content-Type': 'text/css' } });
