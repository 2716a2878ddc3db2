import { defineMessages } from './index';

/** The "Rotate the SCIM key" card and the rotation steps (lib/ui/sidepanel/rotation). */
export const rotationText = defineMessages({
  title: { en: 'Rotate the SCIM key', 'zh-CN': '轮换 SCIM 密钥' },
  eyebrowDays: { en: 'Expires in {days} days', 'zh-CN': '{days} 天后过期' },
  eyebrowToday: { en: 'Expires today', 'zh-CN': '今天过期' },
  eyebrowExpired: { en: 'Expired', 'zh-CN': '已过期' },
  eyebrowRunning: { en: 'Rotation in progress', 'zh-CN': '正在轮换' },
  eyebrowDone: { en: 'Rotation finished', 'zh-CN': '轮换已完成' },
  leadDue: {
    en: 'Credential {id} of directory {directory} expires on {date}. Put a new key into Entra before then, or provisioning stops.',
    'zh-CN':
      '目录 {directory} 的凭证 {id} 将于 {date} 过期。请在此之前把新密钥填入 Entra，否则同步会停止。',
  },
  leadExpired: {
    en: 'Credential {id} of directory {directory} expired on {date}: Entra’s sync fails until a new key is in place.',
    'zh-CN':
      '目录 {directory} 的凭证 {id} 已于 {date} 过期：在换上新密钥之前，Entra 的同步会失败。',
  },
  leadRunning: {
    en: 'Replacing credential {id} of directory {directory} (expires {date}). The old credential stays enabled until the new key is confirmed.',
    'zh-CN':
      '正在替换目录 {directory} 的凭证 {id}（{date} 过期）。在确认新密钥可用之前，旧凭证保持启用。',
  },
  leadDone: {
    en: 'Credential {old} was replaced by {new} on {date}.',
    'zh-CN': '凭证 {old} 已于 {date} 由 {new} 替换。',
  },
  start: { en: 'Start the rotation', 'zh-CN': '开始轮换' },
  startAgain: { en: 'Start a new rotation', 'zh-CN': '开始新的轮换' },
  reset: { en: 'Cancel the rotation', 'zh-CN': '取消轮换' },
  resetConfirm: {
    en: 'Cancel this rotation? Its progress is forgotten; nothing changes in CloudSSO or Entra.',
    'zh-CN': '取消此次轮换？进度会被清除；CloudSSO 和 Entra 中不会有任何更改。',
  },
  stepsHeading: { en: 'Rotation steps', 'zh-CN': '轮换步骤' },
  'step_make-room': { en: 'Make room: delete one credential', 'zh-CN': '腾出位置：删除一个凭证' },
  step_generate: { en: 'Generate a new credential', 'zh-CN': '生成新凭证' },
  step_fill: {
    en: 'Fill Tenant URL and the new Secret token',
    'zh-CN': '填写租户 URL 和新的机密令牌',
  },
  step_test: { en: 'Test connection', 'zh-CN': '测试连接' },
  step_save: { en: 'Save in Entra', 'zh-CN': '在 Entra 中保存' },
  step_confirm: { en: 'Confirm the new key works', 'zh-CN': '确认新密钥可用' },
  'step_disable-old': { en: 'Disable the old credential', 'zh-CN': '禁用旧凭证' },
  'step_delete-old': { en: 'Delete the old credential', 'zh-CN': '删除旧凭证' },
  'how_make-room': {
    en: 'The directory holds two credentials, the most CloudSSO allows. On Settings › SCIM, delete {id} first ({reason}). Keep {old}: Entra uses it.',
    'zh-CN':
      '该目录已有两个凭证（CloudSSO 允许的上限）。请在“设置 › SCIM”中先删除 {id}（{reason}）。保留 {old}：Entra 正在使用它。',
  },
  'how_make-room-none': {
    en: 'The directory has room for a new credential.',
    'zh-CN': '该目录可以再创建一个凭证。',
  },
  reason_expired: { en: 'it has expired', 'zh-CN': '它已过期' },
  reason_disabled: { en: 'it is disabled', 'zh-CN': '它已禁用' },
  reason_older: { en: 'it is the older one', 'zh-CN': '它较旧' },
  how_generate: {
    en: 'On Settings › SCIM, press “Generate New SCIM Credential”. The extension keeps the new key in memory, as at setup.',
    'zh-CN':
      '在“设置 › SCIM”中点击“生成新的SCIM密钥”。扩展会像初次配置时一样把新密钥保存在内存中。',
  },
  how_fill: {
    en: 'Open the app’s Provisioning › Connectivity (or Admin Credentials) page in Entra. The saved secret shows masked: press Fill to replace it with the new key.',
    'zh-CN':
      '在 Entra 中打开应用的“预配 › 连接”（或“管理员凭据”）页面。已保存的机密以掩码显示：点击“填写”用新密钥替换它。',
  },
  how_test: {
    en: 'Press Test connection in Entra. Success means CloudSSO accepts the new key.',
    'zh-CN': '在 Entra 中点击“测试连接”。成功表示 CloudSSO 接受了新密钥。',
  },
  how_save: {
    en: 'Press Save in Entra. Until then Entra keeps syncing with the old key.',
    'zh-CN': '在 Entra 中点击“保存”。在此之前 Entra 仍使用旧密钥同步。',
  },
  how_confirm: {
    en: 'On the app’s provisioning Overview, wait for the next cycle: “Current cycle status” completes and the job is not in quarantine. Or run Provision on demand for one user.',
    'zh-CN':
      '在应用的预配“概述”页等待下一个周期：“当前周期状态”显示完成且作业未被隔离。或对一个用户运行“按需预配”。',
  },
  'how_disable-old': {
    en: 'On Settings › SCIM, disable {id}. If anything stops syncing, enable it again.',
    'zh-CN': '在“设置 › SCIM”中禁用 {id}。如有同步中断，可重新启用。',
  },
  'how_delete-old': {
    en: 'Once the next cycle still succeeds, delete {id} on Settings › SCIM.',
    'zh-CN': '下一个周期仍成功后，在“设置 › SCIM”中删除 {id}。',
  },
  lockedUntilConfirmed: {
    en: 'Keep the old credential enabled until the new key is confirmed.',
    'zh-CN': '在确认新密钥可用之前，请保持旧凭证启用。',
  },
  oldDisabledTooEarly: {
    en: 'The old credential {id} is disabled but the new key is not confirmed yet: if Entra still uses it, provisioning fails. Enable it again until the new key is confirmed.',
    'zh-CN':
      '旧凭证 {id} 已被禁用，但新密钥尚未确认：如果 Entra 仍在使用它，同步会失败。请在确认新密钥前重新启用它。',
  },
  newCredential: { en: 'New credential: {id}', 'zh-CN': '新凭证：{id}' },
  problem_quarantine: {
    en: 'Entra put provisioning in quarantine after the new key was filled: CloudSSO most likely refused the key or the Tenant URL. Keep the old credential {id} enabled. Check that the Tenant URL ends in /scim/v2/ with your directory’s region, and that the new credential is enabled; if it still fails, start over with a new key.',
    'zh-CN':
      '填入新密钥后，Entra 将预配置于隔离状态：很可能是 CloudSSO 拒绝了密钥或租户 URL。请保持旧凭证 {id} 启用。检查租户 URL 是否以 /scim/v2/ 结尾且区域与目录一致，新凭证是否已启用；仍失败时请用新密钥重新开始。',
  },
  problem_failed: {
    en: 'The sync cycle after the new key failed. Keep the old credential {id} enabled; check the Tenant URL and that the new credential is enabled, then read the failures in Provisioning logs.',
    'zh-CN':
      '使用新密钥后的同步周期失败。请保持旧凭证 {id} 启用；检查租户 URL 以及新凭证是否已启用，然后在“预配日志”中查看失败原因。',
  },
  'problem_on-demand-failed': {
    en: 'Provision on demand failed with the new key. Keep the old credential {id} enabled; a failed connection usually means a key CloudSSO does not accept (start over with a new key) or a wrong Tenant URL.',
    'zh-CN':
      '使用新密钥的按需预配失败。请保持旧凭证 {id} 启用；连接失败通常表示 CloudSSO 不接受该密钥（请用新密钥重新开始）或租户 URL 有误。',
  },
  stateDetected: { en: 'Done (seen on the page)', 'zh-CN': '已完成（页面检测）' },
  stateTicked: { en: 'Done (ticked)', 'zh-CN': '已完成（手动勾选）' },
  stateLocked: { en: 'Waits for the confirmation', 'zh-CN': '等待确认' },
  stateTodo: { en: 'To do', 'zh-CN': '待办' },
  markDone: { en: 'Mark “{step}” done', 'zh-CN': '将“{step}”标记为完成' },
  confirmCycle: { en: 'Next cycle succeeded', 'zh-CN': '下一个周期已成功' },
  confirmOnDemand: { en: 'Provision on demand succeeded', 'zh-CN': '按需预配已成功' },
  confirmedBy_cycle: { en: 'Confirmed by a sync cycle', 'zh-CN': '已通过同步周期确认' },
  'confirmedBy_on-demand': {
    en: 'Confirmed by Provision on demand',
    'zh-CN': '已通过按需预配确认',
  },
  openSettings: { en: 'Open CloudSSO Settings', 'zh-CN': '打开 CloudSSO 设置' },
  openOverview: { en: 'Open the provisioning Overview', 'zh-CN': '打开预配概述' },
  openEnterpriseApps: { en: 'Open Enterprise applications', 'zh-CN': '打开企业应用程序' },
  md_heading: { en: 'Key rotation', 'zh-CN': '密钥轮换' },
  md_old: { en: 'Old credential', 'zh-CN': '旧凭证' },
  md_new: { en: 'New credential', 'zh-CN': '新凭证' },
  md_removed: { en: 'Deleted to make room', 'zh-CN': '为腾出位置而删除' },
  md_started: { en: 'Started', 'zh-CN': '开始' },
  md_finished: { en: 'Finished', 'zh-CN': '完成' },
  md_confirmed: { en: 'Confirmed by', 'zh-CN': '确认方式' },
  md_step: { en: 'Step', 'zh-CN': '步骤' },
  md_when: { en: 'When', 'zh-CN': '时间' },
  md_how: { en: 'How', 'zh-CN': '方式' },
  md_detected: { en: 'seen on the page', 'zh-CN': '页面检测' },
  md_ticked: { en: 'ticked by hand', 'zh-CN': '手动勾选' },
});
export type RotationTextKey = Parameters<typeof rotationText>[0];
