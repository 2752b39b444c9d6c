/**
 * graphology's standard library ships CommonJS with `export default` typings. Under NodeNext the
 * typings say `module.default`, while Node hands an ES module the `module.exports` function itself.
 * This picks whichever is there.
 */
export function commonjs<T>(module: { default: T }): T {
  return ((module as unknown as { default?: T }).default ?? module) as T;
}
