import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from '../../src/main/handlers/csp'
import { parseExternalUrl } from '../../src/main/handlers/externalUrl'
import { isRendererUrl, rendererUrl } from '../../src/main/shell/rendererUrl'

const directives = (policy: string) =>
  new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/)
      return [name, values] as const
    }),
  )

describe('content security policy', () => {
  it('allows only the app itself to run and load', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('style-src')).toEqual(["'self'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('never allows inline or evaluated script in the shipped policy', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|\*|https?:/)
  })

  it('loosens only for the dev server, and only towards it', () => {
    const policy = devContentSecurityPolicy('http://localhost:5173/')
    expect(directives(policy).get('connect-src')).toEqual([
      "'self'",
      'http://localhost:5173',
      'ws://localhost:5173',
    ])
    expect(policy).not.toMatch(/unsafe-eval|\*/)
  })
})

describe('external URL policy', () => {
  it('accepts absolute http and https links', () => {
    expect(parseExternalUrl('https://example.com/a?b=1')?.href).toBe('https://example.com/a?b=1')
    expect(parseExternalUrl('http://例子.测试/路径')?.protocol).toBe('http:')
  })

  it('refuses scripts, files, custom schemes and relative links', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'smb://host/share',
      'ms-settings:',
      '/relative/path',
      'example.com',
      '',
      'http://',
    ]) {
      expect(parseExternalUrl(url), url).toBeNull()
    }
  })
})

describe('renderer URL policy', () => {
  const page = rendererUrl({})

  it('loads the built index.html from app://inkstone, or the dev server when one runs', () => {
    expect(page).toBe('app://inkstone/index.html')
    expect(rendererUrl({ devServerUrl: 'http://localhost:5173' })).toBe('http://localhost:5173/')
  })

  it('trusts exactly our origin (any path, hash or query) or the dev server origin', () => {
    expect(isRendererUrl('app://inkstone/index.html#/story/1', page)).toBe(true)
    expect(isRendererUrl('app://inkstone/index.html?view=notes', page)).toBe(true)
    expect(isRendererUrl('app://inkstone/', page)).toBe(true)
    expect(isRendererUrl('app://evil/index.html', page)).toBe(false)
    expect(isRendererUrl('app://inkstone.evil/index.html', page)).toBe(false)
    expect(isRendererUrl('app://user@inkstone/index.html', page)).toBe(false)
    expect(isRendererUrl('app://inkstone:8080/index.html', page)).toBe(false)
    expect(isRendererUrl('file:///app/out/renderer/index.html', page)).toBe(false)
    expect(isRendererUrl('file:///etc/passwd', page)).toBe(false)
    expect(isRendererUrl('https://inkstone/index.html', page)).toBe(false)
    expect(isRendererUrl('https://example.com/', page)).toBe(false)
    expect(isRendererUrl('http://localhost:5173/index.html', 'http://localhost:5173/')).toBe(true)
    expect(isRendererUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
    expect(isRendererUrl('app://inkstone/index.html', 'http://localhost:5173/')).toBe(false)
    expect(isRendererUrl('not a url', page)).toBe(false)
  })
})
