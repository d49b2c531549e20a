import * as z from 'zod/mini';

/**
 * Installs zod's English issue messages. The classic `zod` API (4.6.7) installs them when it builds
 * its first schema, but `zod/mini` installs none, so a default message would read "Invalid input".
 * Rule-file errors quote these messages ("Too small: expected number to be >0"), so each module
 * that reads an issue message imports this one first.
 */
z.config(z.locales.en());
