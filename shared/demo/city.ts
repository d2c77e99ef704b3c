/** A unit of the fictional demo city 青岚市: code, name and the county (district) it reports through. */
export interface DemoUnitSpec {
  index: number;
  code: string;
  name: string;
  parentCode: string;
  parentName: string;
  /** Expected size relative to the average unit (1 = average). */
  weight: number;
}

export const DEMO_CITY = { code: '11530100MB0000001X', name: '青岚市使用正版软件工作领导小组办公室' };

const COUNTIES: ReadonlyArray<readonly [string, string]> = [
  ['530102', '青岚市本级'],
  ['530111', '东湖区'],
  ['530112', '西山区'],
  ['530124', '南溪县'],
  ['530125', '北岭县'],
  ['530126', '云台县'],
];

const CITY_DEPARTMENTS = [
  '市政府办公室',
  '市发展和改革委员会',
  '市教育局',
  '市科学技术局',
  '市工业和信息化局',
  '市公安局',
  '市民政局',
  '市司法局',
  '市财政局',
  '市人力资源和社会保障局',
  '市自然资源局',
  '市生态环境局',
  '市住房和城乡建设局',
  '市交通运输局',
  '市水务局',
  '市农业农村局',
  '市商务局',
  '市文化和旅游局',
  '市卫生健康委员会',
  '市退役军人事务局',
  '市应急管理局',
  '市审计局',
  '市市场监督管理局',
  '市统计局',
  '市医疗保障局',
  '市林业局',
  '市信访局',
  '市档案馆',
  '市版权局',
  '市机关事务管理局',
];

const COUNTY_DEPARTMENTS = [
  '政府办公室',
  '财政局',
  '教育局',
  '公安局',
  '卫生健康局',
  '市场监督管理局',
  '自然资源局',
  '民政局',
];

const checkChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function unitCode(area: string, seq: number): string {
  const body = `11${area}MB${String(seq).padStart(7, '0')}`;
  let sum = 0;
  for (const ch of body) sum = (sum * 31 + ch.charCodeAt(0)) % 31;
  return body + (checkChars[sum] ?? '0');
}

/** The demo city's units: 30 city departments and 8 departments in each of 5 counties (70 in all). */
export function listDemoUnits(count = 70): DemoUnitSpec[] {
  const units: DemoUnitSpec[] = [];
  const [cityArea, cityName] = COUNTIES[0] ?? ['530102', '青岚市本级'];
  CITY_DEPARTMENTS.forEach((name, i) => {
    units.push({
      index: units.length,
      code: unitCode(cityArea, i + 1),
      name: `青岚${name}`,
      parentCode: unitCode(cityArea, 0),
      parentName: cityName,
      weight: 1.2,
    });
  });
  for (const [area, county] of COUNTIES.slice(1)) {
    COUNTY_DEPARTMENTS.forEach((dept, i) => {
      units.push({
        index: units.length,
        code: unitCode(area, i + 1),
        name: `${county}${dept}`,
        parentCode: unitCode(area, 0),
        parentName: county,
        weight: 0.7,
      });
    });
  }
  // Larger demos (benchmarks) repeat the pattern with numbered units.
  for (let i = units.length; i < count; i++) {
    const [area, county] = COUNTIES[1 + (i % (COUNTIES.length - 1))] ?? ['530111', '东湖区'];
    const dept = COUNTY_DEPARTMENTS[i % COUNTY_DEPARTMENTS.length] ?? '政府办公室';
    units.push({
      index: i,
      code: unitCode(area, 100 + i),
      name: `${county}${dept}第${i}分支`,
      parentCode: unitCode(area, 0),
      parentName: county,
      weight: 1,
    });
  }
  return units.slice(0, count);
}
