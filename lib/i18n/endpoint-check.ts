import { defineMessages } from './index';

/** The endpoint check's explanations, in CloudSSO terms. */
export const checkText = defineMessages({
  check: { en: 'Check SCIM endpoint', 'zh-CN': '检查 SCIM 服务端地址' },
  checkAccelerated: { en: 'Check accelerated endpoint', 'zh-CN': '检查加速地址' },
  checking: { en: 'Checking {host}…', 'zh-CN': '正在检查 {host}…' },
  permissionHint: {
    en: 'The check asks your permission to contact this one host.',
    'zh-CN': '检查前会请求访问此主机的权限。',
  },
  'service_scim-service': {
    en: '{host} answers as a SCIM 2.0 service (ServiceProviderConfig): the endpoint is right.',
    'zh-CN': '{host} 以 SCIM 2.0 服务响应（ServiceProviderConfig）：地址正确。',
  },
  'service_not-scim': {
    en: 'Something answered at {host}, but not as a SCIM service. Check that you copied the SCIM endpoint and not another address.',
    'zh-CN': '{host} 有响应，但不是 SCIM 服务。请确认复制的是 SCIM 服务端地址而不是其他地址。',
  },
  'service_not-found': {
    en: '{host} answered 404 Not Found: the path is wrong (the endpoint ends in /scim/v2/), or the region in the host is not your directory’s region.',
    'zh-CN':
      '{host} 返回 404：路径错误（地址应以 /scim/v2/ 结尾），或主机中的地域不是目录所在地域。',
  },
  service_rejected: {
    en: '{host} refused the call without a key (HTTP {status}). CloudSSO answers this call without a key, so this is probably not the CloudSSO SCIM endpoint.',
    'zh-CN':
      '{host} 拒绝了无密钥的请求（HTTP {status}）。CloudSSO 对此请求无需密钥，因此这可能不是 CloudSSO SCIM 服务端地址。',
  },
  'service_server-error': {
    en: '{host} answered HTTP {status}. CloudSSO may be having trouble; try again later.',
    'zh-CN': '{host} 返回 HTTP {status}。CloudSSO 可能出现问题，请稍后重试。',
  },
  service_unreachable: {
    en: 'No answer from {host}: the region in the host may be wrong (it must be your directory’s region), or the network blocks it.',
    'zh-CN': '{host} 无响应：主机中的地域可能错误（必须是目录所在地域），或网络阻止了访问。',
  },
  'service_no-permission': {
    en: 'Access to {host} was not granted, so the endpoint was not checked.',
    'zh-CN': '未授予访问 {host} 的权限，因此未检查地址。',
  },
  'service_not-checkable': {
    en: 'This endpoint is not on a CloudSSO SCIM host, so the extension does not call it. Copy the SCIM endpoint shown on the CloudSSO Settings page.',
    'zh-CN':
      '此地址不在 CloudSSO SCIM 主机上，扩展不会调用它。请复制 CloudSSO 设置页面显示的 SCIM 服务端地址。',
  },
  'service_no-endpoint': {
    en: 'No SCIM endpoint captured yet.',
    'zh-CN': '尚未获取 SCIM 服务端地址。',
  },
  'key_key-works': {
    en: 'The SCIM key works: listing one user with it succeeded.',
    'zh-CN': 'SCIM 密钥有效：使用它列出一个用户成功。',
  },
  key_rejected: {
    en: 'The SCIM key was refused (HTTP {status}): it is disabled, deleted or expired in CloudSSO. Enable it, or generate a new key and capture it.',
    'zh-CN':
      'SCIM 密钥被拒绝（HTTP {status}）：它在 CloudSSO 中已停用、删除或过期。请启用它，或生成新密钥并获取。',
  },
  'key_not-found': {
    en: 'Listing users answered 404 Not Found: check the endpoint’s path and region.',
    'zh-CN': '列出用户返回 404：请检查地址的路径和地域。',
  },
  'key_server-error': {
    en: 'Listing users answered HTTP {status}; try again later.',
    'zh-CN': '列出用户返回 HTTP {status}，请稍后重试。',
  },
  key_unreachable: {
    en: 'Listing users got no answer; try again.',
    'zh-CN': '列出用户无响应，请重试。',
  },
  'key_not-scim': {
    en: 'Listing users got an answer that is not a SCIM list.',
    'zh-CN': '列出用户得到的响应不是 SCIM 列表。',
  },
  'key_key-withheld': {
    en: 'The SCIM key was not sent to {host}: the extension sends it only to the documented endpoint form https://cloudsso-scim-<region>.aliyun.com/scim/v2/. Check this endpoint in the console before you use it.',
    'zh-CN':
      '未向 {host} 发送 SCIM 密钥：扩展只会把密钥发送到文档所述形式的地址 https://cloudsso-scim-<地域>.aliyun.com/scim/v2/。使用前请在控制台中核对此地址。',
  },
  'key_no-key': {
    en: 'No SCIM key is kept for this directory, so only the endpoint was checked.',
    'zh-CN': '此目录没有保存的 SCIM 密钥，因此只检查了地址。',
  },
  failed: { en: 'The check could not run: {reason}', 'zh-CN': '无法执行检查：{reason}' },
});
