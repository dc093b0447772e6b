import { createHash } from 'node:crypto'

// Served at the page's address when the token is missing or wrong, in place of an app that
// could only fail. It is the same for everyone: nothing about the library, its folder or the
// token is in it, and it runs no script.

const STYLE = `
body{font:16px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;
margin:0;padding:48px 24px;background:#faf9f6;color:#1f2328}
main{max-width:40rem;margin:0 auto}
section+section{margin-top:40px;padding-top:32px;border-top:1px solid #d0d0d0}
h1{font-size:1.4rem;line-height:1.3;margin:0 0 12px}
code{font:0.95em ui-monospace,monospace;background:#ecebe6;padding:1px 5px;border-radius:4px}
li{margin:8px 0}
@media (prefers-color-scheme:dark){body{background:#1b1c1f;color:#e6e6e6}
code{background:#2c2e33}section+section{border-color:#444}}
`

const BODY = `<main>
<section lang="en">
<h1>Open Inkstone with its full address</h1>
<p>This address has no key, or an old one, so your library is not shown here.</p>
<ul>
<li>Open the full address Inkstone printed in the terminal where it started: the line
<code>Inkstone web mode: http://127.0.0.1:…/?token=…</code>. It stays the same from one start to
the next.</li>
<li>Closed that terminal? Start Inkstone again with <code>npm start</code>: it prints the
address again and opens it in your browser.</li>
<li>To make every address handed out so far stop working, start it with a new key:
<code>npm start -- --new-token</code>.</li>
</ul>
</section>
<section lang="zh-CN">
<h1>请用完整地址打开 Inkstone</h1>
<p>这个地址没有访问密钥，或者密钥已经失效，所以这里不会显示你的文库。</p>
<ul>
<li>请打开 Inkstone 启动时在终端里显示的完整地址，也就是
<code>Inkstone web mode: http://127.0.0.1:…/?token=…</code> 这一行。每次启动，这个地址都不变。</li>
<li>终端已经关掉了？用 <code>npm start</code> 重新启动 Inkstone，它会再次显示地址，并在浏览器里打开。</li>
<li>想让以前给出的所有地址都失效，请换一个新密钥启动：<code>npm start -- --new-token</code>。</li>
</ul>
</section>
</main>`

/** The page: both languages, one inline stylesheet, no script. */
export const NO_TOKEN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Inkstone: open the full address · 请用完整地址打开</title>
<style>${STYLE}</style>
</head>
<body>
${BODY}
</body>
</html>
`

const styleHash = createHash('sha256').update(STYLE).digest('base64')

/** Its policy: the one stylesheet above (by hash) and nothing else at all. */
export const NO_TOKEN_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
