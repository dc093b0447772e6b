/** The value of `--name VALUE` or `--name=VALUE` in argv, or undefined when absent. */
export const readOption = (argv: readonly string[], name: string): string | undefined => {
  const flag = `--${name}`
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]
    if (arg === flag && i + 1 < argv.length) return argv[i + 1]
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1)
  }
  return undefined
}
