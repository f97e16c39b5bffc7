// webpack loads .css as a string (asset/source); the pane injects it in a <style> element.
declare module '*.css' {
  const text: string;
  export default text;
}
