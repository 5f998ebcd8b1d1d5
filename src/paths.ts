import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The installed package root (holds catalogs/, schemas/, templates/); same from src/ and dist/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SCHEMAS_DIR = path.join(PACKAGE_ROOT, 'schemas');
export const CATALOGS_DIR = path.join(PACKAGE_ROOT, 'catalogs');
export const TEMPLATES_DIR = path.join(PACKAGE_ROOT, 'templates');
