// punycode.js ships no types; its file is named so Node's deprecated built-in module is never picked instead.
declare module 'punycode/punycode.js' {
  const punycode: { toUnicode: (domain: string) => string };
  export default punycode;
}
