// Vite's `?raw` suffix imports a file's text; the rule sets ship as YAML and are parsed in the extension.
declare module '*.yaml?raw' {
  const text: string;
  export default text;
}
