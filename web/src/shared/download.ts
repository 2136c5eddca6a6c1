import { accessToken } from './auth';

/**
 * Fetches a file with the signed-in user's token (exports, evidence: the API wants a bearer token, which a
 * plain link cannot carry) and saves it under `fileName`. Returns null, or a Chinese reason.
 */
export async function downloadWithToken(url: string, fileName: string): Promise<string | null> {
  const token = await accessToken();
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  } catch {
    return '无法连接服务器，请检查网络后重试';
  }
  if (!response.ok) return response.status === 403 ? '无权下载该文件' : '未找到该文件';
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return null;
}
