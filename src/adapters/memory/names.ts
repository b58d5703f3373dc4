import type { Rng } from './random.js';

// Common surnames, weighted by appearing more than once.
const SURNAMES = Array.from('王王王李李李张张张刘刘陈陈杨杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文');
const GIVEN = Array.from('伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建国建华志强海燕红梅春梅玉兰淑珍凤英德明文华国庆丽华晓东晓燕子涵浩然思远欣怡雨萱宇轩佳怡俊杰梓萱');

/** A plausible Chinese full name: surname plus one or two given-name characters. */
export function personName(rng: Rng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN) + (rng.chance(0.7) ? rng.pick(GIVEN) : '');
}

/** An 11-digit mainland mobile number. */
export function phoneNumber(rng: Rng): string {
  const prefix = rng.pick(['133', '135', '136', '137', '138', '139', '150', '151', '152', '158', '159', '177', '180', '186', '188', '189', '199']);
  let rest = '';
  for (let i = 0; i < 8; i++) rest += rng.int(0, 9);
  return prefix + rest;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character resident ID number with a valid GB 11643 check digit. */
export function idNumber(rng: Rng, regionCode = '370300'): string {
  const year = rng.int(1945, 2004);
  const month = String(rng.int(1, 12)).padStart(2, '0');
  const day = String(rng.int(1, 28)).padStart(2, '0');
  const seq = String(rng.int(0, 999)).padStart(3, '0');
  const body = `${regionCode}${year}${month}${day}${seq}`;
  const sum = Array.from(body).reduce((acc, digit, i) => acc + Number(digit) * (ID_WEIGHTS[i] ?? 0), 0);
  return body + ID_CHECK[sum % 11];
}
