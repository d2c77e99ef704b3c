import type { DemoSoftware } from './software-mix';

/**
 * Further programs a well-used office computer collects beyond the base mix: meeting and chat
 * clients, cloud drives, remote help, browsers, readers, tax and e-seal clients. Most are not in the
 * built-in catalog, so they land in 其他软件 as 待核实, as they do in a real capture. The weights are
 * relative: `extraTools` scales them to an expected number of programs per machine.
 */
export const EXTRA_SOFTWARE: ReadonlyArray<readonly [DemoSoftware, number]> = [
  [{ rawName: '腾讯会议', version: '3.21.5', channel: 'free' }, 0.6],
  [{ rawName: '企业微信', version: '4.1.20', channel: 'free' }, 0.35],
  [{ rawName: '百度网盘', version: '7.37.5', channel: 'free' }, 0.4],
  [{ rawName: '向日葵远程控制', version: '15.2.0', channel: 'free' }, 0.3],
  [{ rawName: 'ToDesk', version: '4.7.2', channel: 'free' }, 0.2],
  [{ rawName: '360安全浏览器', version: '15.1.1', channel: 'free' }, 0.45],
  [{ rawName: 'QQ浏览器', version: '12.2.0', channel: 'free' }, 0.2],
  [{ rawName: 'CAJViewer 7.3', version: '7.3.159', channel: 'free' }, 0.35],
  [{ rawName: '极速PDF阅读器', version: '3.0.0', channel: 'free' }, 0.15],
  [{ rawName: '网易有道翻译', version: '10.2.0', channel: 'free' }, 0.2],
  [{ rawName: '迅雷', version: '12.0.8', channel: 'free' }, 0.2],
  [{ rawName: '格式工厂', version: '5.16.0', channel: 'free' }, 0.2],
  [{ rawName: '网易邮箱大师', version: '5.2.3', channel: 'free' }, 0.15],
  [{ rawName: 'EasyConnect', version: '7.6.7', channel: 'free' }, 0.4],
  [{ rawName: '自然人电子税务局（扣缴端）', version: '3.1.208', channel: 'free' }, 0.15],
  [{ rawName: '电子签章客户端', version: '2.3.1', channel: 'central' }, 0.45],
  [{ rawName: '数字证书客户端', version: '4.0.6', channel: 'free' }, 0.4],
  [{ rawName: 'HP LaserJet 扫描软件', version: '44.4', channel: 'free' }, 0.3],
  [{ rawName: 'Bandizip', version: '7.32', channel: 'free' }, 0.1],
  [{ rawName: '360压缩', version: '4.0.0', channel: 'free' }, 0.15],
  [{ rawName: 'Adobe Photoshop CC 2019', version: '20.0.4', channel: 'unknown' }, 0.03],
  [{ rawName: 'Snipaste', version: '2.8.9', channel: 'free' }, 0.1],
  [{ rawName: 'XMind', version: '24.01', channel: 'unknown' }, 0.05],
  [{ rawName: 'Everything 1.4.1.1024 (x64)', version: '1.4.1.1024', channel: 'free' }, 0.12],
  [{ rawName: 'PotPlayer-64 bit', version: '230905', channel: 'free' }, 0.12],
  [{ rawName: '腾讯文档', version: '3.8.5', channel: 'free' }, 0.2],
  [{ rawName: '蓝信', version: '7.18.2', channel: 'free' }, 0.15],
  [{ rawName: '2345看图王', version: '11.0', channel: 'free' }, 0.1],
  [{ rawName: '鲁大师', version: '6.1023', channel: 'free' }, 0.1],
  [{ rawName: '金山打字通', version: '2019', channel: 'free' }, 0.15],
  [{ rawName: '天翼云盘', version: '6.5.8', channel: 'free' }, 0.1],
  [{ rawName: '国家网络身份认证', version: '1.3.0', channel: 'free' }, 0.25],
];

/** The sum of EXTRA_SOFTWARE's weights, so a wanted count turns into a scale. */
export const EXTRA_SOFTWARE_WEIGHT = EXTRA_SOFTWARE.reduce((sum, [, share]) => sum + share, 0);
