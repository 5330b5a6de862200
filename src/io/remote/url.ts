/** URL validation for remote sources, with errors a planner can act on. */
import { RemoteSourceError } from '../errors';

/**
 * Parses and checks an http(s) URL. Rejects other schemes (javascript:,
 * file:, data:), URLs with embedded passwords and empty hosts.
 * @example validateHttpUrl('https://example.org/ogc/collections/roads/items')
 */
export function validateHttpUrl(input: string, base?: string): URL {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new RemoteSourceError('INVALID_URL',
      { zh: `“${text.slice(0, 100)}”不是有效的网址。`, en: `"${text.slice(0, 100)}" is not a valid URL.` },
      { zh: '请粘贴以 http:// 或 https:// 开头的完整地址。', en: 'Paste the full address, starting with http:// or https://.' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RemoteSourceError('URL_SCHEME',
      { zh: `不支持 ${url.protocol} 地址。`, en: `${url.protocol} addresses are not supported.` },
      { zh: '只能使用 http:// 或 https:// 地址。', en: 'Only http:// and https:// addresses can be used.' });
  }
  if (url.username || url.password) {
    throw new RemoteSourceError('URL_CREDENTIALS',
      { zh: '网址中包含用户名或密码。', en: 'The URL contains a user name or password.' },
      { zh: '请去掉网址中的账号信息；需要密钥的服务请把密钥作为参数（如 tk=…）。', en: 'Remove the account details from the URL; for keyed services pass the key as a parameter (e.g. tk=…).' });
  }
  if (!url.hostname) {
    throw new RemoteSourceError('INVALID_URL', { zh: '网址缺少主机名。', en: 'The URL has no host name.' }, { zh: '请检查网址。', en: 'Check the address.' });
  }
  return url;
}
