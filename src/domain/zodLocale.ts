import * as z from 'zod/mini';

/**
 * Installs zod's English issue messages. The classic `zod` API installs them when it builds its
 * first schema, but `zod/mini` installs no locale, so every default message would read "Invalid
 * input". Rule-file errors quote these messages ("Too small: expected number to be >0"), so every
 * module that reads an issue message imports this one first.
 */
z.config(z.locales.en());
