import { describe, expect, it } from 'vitest';
import { readXml, xmlToPlain } from '../../../shared/capture/xml-reader';

describe('the small safe XML reader', () => {
  it('reads elements, text, entities, CDATA and comments', () => {
    const result = readXml(
      '<?xml version="1.0"?><A x="1 > 0"><!-- c --><B>O&amp;O &#x4E2D;&#25991;</B><B><![CDATA[<raw>]]></B><C/></A>',
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(xmlToPlain(result.root)).toEqual({ b: ['O&O 中文', '<raw>'], c: '' });
  });

  it('refuses DOCTYPE so no entity can be expanded', () => {
    expect(readXml('<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>')).toEqual({
      ok: false,
      error: 'doctype',
      line: 1,
    });
  });

  it('stops at the depth, element and size limits', () => {
    const deep = `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`;
    expect(readXml(deep)).toMatchObject({ ok: false, error: 'too-deep' });
    const many = `<r>${'<e/>'.repeat(20)}</r>`;
    expect(readXml(many, { maxChars: 1000, maxDepth: 8, maxElements: 10 })).toMatchObject({
      ok: false,
      error: 'too-many-elements',
    });
    expect(readXml(many, { maxChars: 10, maxDepth: 8, maxElements: 100 })).toMatchObject({
      ok: false,
      error: 'too-large',
    });
  });

  it('rejects mismatched and unclosed tags and text outside the root', () => {
    expect(readXml('<a><b></a></b>')).toMatchObject({ ok: false, error: 'malformed' });
    expect(readXml('<a>')).toMatchObject({ ok: false, error: 'malformed' });
    expect(readXml('junk<a/>')).toMatchObject({ ok: false, error: 'malformed' });
    expect(readXml('<a/><b/>')).toMatchObject({ ok: false, error: 'malformed' });
  });

  it('keeps tag names such as __proto__ as plain keys', () => {
    const result = readXml('<r><__proto__>x</__proto__></r>');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plain = xmlToPlain(result.root);
    expect(Object.getPrototypeOf({})).not.toHaveProperty('x');
    expect(Object.keys(plain as object)).toEqual(['__proto__']);
  });
});
