// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isTypingTarget } from '../../../src/app/editor/useEditorKeys';

function element(html: string, selector: string): Element {
  document.body.innerHTML = html;
  const found = document.querySelector(selector);
  if (!found) throw new Error(`fixture has no ${selector}`);
  return found;
}

describe('isTypingTarget', () => {
  it.each([
    ['<input id="t">', '#t'],
    ['<textarea id="t"></textarea>', '#t'],
    ['<select id="t"></select>', '#t'],
    ['<div role="dialog"><button id="t">OK</button></div>', '#t'],
    ['<dialog open><button id="t">OK</button></dialog>', '#t'],
  ])('leaves keys in %s to the page', (html, selector) => {
    expect(isTypingTarget(element(html, selector))).toBe(true);
  });

  it.each([
    ['<div id="t"></div>', '#t'],
    ['<button id="t">Undo</button>', '#t'],
  ])('takes keys from %s', (html, selector) => {
    expect(isTypingTarget(element(html, selector))).toBe(false);
  });

  it('takes keys without a target element', () => {
    expect(isTypingTarget(null)).toBe(false);
  });
});
