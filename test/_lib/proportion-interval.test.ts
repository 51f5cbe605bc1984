/**
 * Intervals for one proportion against statsmodels' proportion_confint
 * (scripts/reference/proportion-interval.py, quoted as printed) and the
 * values Newcombe published (Statistics in Medicine 17, 1998, Table I).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { PROPORTION_METHODS, proportionInterval, type ProportionMethod } from '../../src/_lib/proportion-interval.js';

/** [method, successes, n, confidence, lower, upper] from statsmodels 0.13.5 with alpha = 1 − confidence. */
const STATSMODELS: readonly (readonly [ProportionMethod, number, number, number, number, number])[] = [
  ['wilson', 0, 20, 0.8, 0.0, 0.0758869791107644],
  ['wilson', 0, 20, 0.95, 0.0, 0.16112515805281938],
  ['wilson', 0, 20, 0.99, 0.0, 0.24910540109875343],
  ['wilson', 1, 29, 0.8, 0.010372169057183488, 0.10849506902959477],
  ['wilson', 1, 29, 0.95, 0.006113214292762653, 0.17175521879320288],
  ['wilson', 1, 29, 0.99, 0.0040614941968838, 0.23825425313641296],
  ['wilson', 15, 148, 0.8, 0.07380850461590202, 0.137644798894005],
  ['wilson', 15, 148, 0.95, 0.0623863995307363, 0.16048724172330803],
  ['wilson', 15, 148, 0.99, 0.05364486961396486, 0.1832673501131525],
  ['wilson', 81, 263, 0.8, 0.27278813300373866, 0.3455647470926316],
  ['wilson', 81, 263, 0.95, 0.2552885198782742, 0.36620957698280004],
  ['wilson', 81, 263, 0.99, 0.24013690268760773, 0.38528250231822986],
  ['wilson', 3, 10, 0.8, 0.15379917807596727, 0.502628294760249],
  ['wilson', 3, 10, 0.95, 0.10779126740630099, 0.6032218525388546],
  ['wilson', 3, 10, 0.99, 0.07956631652306573, 0.6799753207988974],
  ['wilson', 10, 10, 0.8, 0.858931317909459, 0.9999999999999999],
  ['wilson', 10, 10, 0.95, 0.7224672001371107, 0.9999999999999999],
  ['wilson', 10, 10, 0.99, 0.6011459066950919, 1.0],
  ['wilson', 0, 1, 0.8, 0.0, 0.6215524967746471],
  ['wilson', 0, 1, 0.95, 0.0, 0.7934506856227626],
  ['wilson', 0, 1, 0.99, 0.0, 0.8690224567198142],
  ['wilson', 1, 1, 0.8, 0.3784475032253529, 1.0],
  ['wilson', 1, 1, 0.95, 0.20654931437723745, 1.0],
  ['wilson', 1, 1, 0.99, 0.13097754328018596, 1.0],
  ['wilson', 50, 100, 0.8, 0.43644222446010295, 0.563557775539897],
  ['wilson', 50, 100, 0.95, 0.4038315303659956, 0.5961684696340044],
  ['wilson', 50, 100, 0.99, 0.37527962504483986, 0.6247203749551602],
  ['wilson', 999, 1000, 0.8, 0.9966627549487874, 0.9997008429698044],
  ['wilson', 999, 1000, 0.95, 0.9943574414020421, 0.9998234536293739],
  ['wilson', 999, 1000, 0.99, 0.9915394337800183, 0.9998825836463816],
  ['wilson', 1, 1000000, 0.8, 2.991087936626333e-07, 3.343259639354458e-06],
  ['wilson', 1, 1000000, 0.95, 1.7652457674537176e-07, 5.664911804311444e-06],
  ['wilson', 1, 1000000, 0.99, 1.174054749996328e-07, 8.517433834755594e-06],
  ['wilson', 12.3, 40.7, 0.8, 0.219117226207561, 0.40064901925269525],
  ['wilson', 12.3, 40.7, 0.95, 0.18333494266330855, 0.4552040628773031],
  ['wilson', 12.3, 40.7, 0.99, 0.1557874054059112, 0.5040829829102501],
  ['wald', 0, 20, 0.8, 0.0, 0.0],
  ['wald', 0, 20, 0.95, 0.0, 0.0],
  ['wald', 0, 20, 0.99, 0.0, 0.0],
  ['wald', 1, 29, 0.8, 0.0, 0.077905586617419],
  ['wald', 1, 29, 0.95, 0.0, 0.10089224323967214],
  ['wald', 1, 29, 0.99, 0.0, 0.12175961567747771],
  ['wald', 15, 148, 0.8, 0.06955956271568367, 0.13314313998701904],
  ['wald', 15, 148, 0.95, 0.05273000640879397, 0.14997269629390875],
  ['wald', 15, 148, 0.99, 0.037452072553945975, 0.16525063014875674],
  ['wald', 81, 263, 0.8, 0.2715026205847194, 0.34446696116433007],
  ['wald', 81, 263, 0.95, 0.2521901262131072, 0.36377945553594226],
  ['wald', 81, 263, 0.99, 0.23465817194163152, 0.38131140980741796],
  ['wald', 3, 10, 0.8, 0.11428553444024309, 0.4857144655597569],
  ['wald', 3, 10, 0.95, 0.015974234910674623, 0.5840257650893254],
  ['wald', 3, 10, 0.99, 0.0, 0.6732731287160187],
  ['wald', 10, 10, 0.8, 1.0, 1.0],
  ['wald', 10, 10, 0.95, 1.0, 1.0],
  ['wald', 10, 10, 0.99, 1.0, 1.0],
  ['wald', 0, 1, 0.8, 0.0, 0.0],
  ['wald', 0, 1, 0.95, 0.0, 0.0],
  ['wald', 0, 1, 0.99, 0.0, 0.0],
  ['wald', 1, 1, 0.8, 1.0, 1.0],
  ['wald', 1, 1, 0.95, 1.0, 1.0],
  ['wald', 1, 1, 0.99, 1.0, 1.0],
  ['wald', 50, 100, 0.8, 0.43592242172276996, 0.56407757827723],
  ['wald', 50, 100, 0.95, 0.4020018007729973, 0.5979981992270027],
  ['wald', 50, 100, 0.99, 0.371208534822555, 0.628791465177445],
  ['wald', 999, 1000, 0.8, 0.9977190893705122, 1.0],
  ['wald', 999, 1000, 0.95, 0.9970410162425702, 1.0],
  ['wald', 999, 1000, 0.99, 0.9964254589332426, 1.0],
  ['wald', 1, 1000000, 0.8, 0.0, 2.2815509247686576e-06],
  ['wald', 1, 1000000, 0.95, 0.0, 2.9599630045578166e-06],
  ['wald', 1, 1000000, 0.99, 0.0, 3.5758280156339265e-06],
  ['wald', 12.3, 40.7, 0.8, 0.20996346400926125, 0.3944591404133432],
  ['wald', 12.3, 40.7, 0.95, 0.16113040824754998, 0.44329219617505444],
  ['wald', 12.3, 40.7, 0.99, 0.11679957847088482, 0.4876230259517196],
  ['agresti-coull', 0, 20, 0.8, 0.0, 0.09057581496505576],
  ['agresti-coull', 0, 20, 0.95, 0.0, 0.18980956054248885],
  ['agresti-coull', 0, 20, 0.99, 0.0, 0.28936254513752907],
  ['agresti-coull', 1, 29, 0.8, 0.004696026565414353, 0.11417121152136392],
  ['agresti-coull', 1, 29, 0.95, 0.0, 0.18628650856170606],
  ['agresti-coull', 1, 29, 0.99, 0.0, 0.2619604439081452],
  ['agresti-coull', 15, 148, 0.8, 0.07351328082160566, 0.13794002268830136],
  ['agresti-coull', 15, 148, 0.95, 0.061385974928797285, 0.16148766632524703],
  ['agresti-coull', 15, 148, 0.99, 0.05151945137048623, 0.18539276835663115],
  ['agresti-coull', 81, 263, 0.8, 0.27276874711659216, 0.34558413297977797],
  ['agresti-coull', 81, 263, 0.95, 0.25522066518999675, 0.3662774316710775],
  ['agresti-coull', 81, 263, 0.99, 0.23998703260147503, 0.38543237240436246],
  ['agresti-coull', 3, 10, 0.8, 0.15185002045507617, 0.5045774523811402],
  ['agresti-coull', 3, 10, 0.95, 0.10333841792242532, 0.6076747020227304],
  ['agresti-coull', 3, 10, 0.99, 0.07326133258665601, 0.6862803047353072],
  ['agresti-coull', 10, 10, 0.8, 0.8332972822242706, 1.0],
  ['agresti-coull', 10, 10, 0.95, 0.6791126942494543, 1.0],
  ['agresti-coull', 10, 10, 0.99, 0.5482251593766492, 1.0],
  ['agresti-coull', 0, 1, 0.8, 0.0, 0.6756502630873208],
  ['agresti-coull', 0, 1, 0.95, 0.0, 0.832500514520587],
  ['agresti-coull', 0, 1, 0.99, 0.0, 0.8966027438995714],
  ['agresti-coull', 1, 1, 0.8, 0.3243497369126792, 1.0],
  ['agresti-coull', 1, 1, 0.95, 0.167499485479413, 1.0],
  ['agresti-coull', 1, 1, 0.99, 0.10339725610042877, 1.0],
  ['agresti-coull', 50, 100, 0.8, 0.43644222446010295, 0.563557775539897],
  ['agresti-coull', 50, 100, 0.95, 0.4038315303659956, 0.5961684696340044],
  ['agresti-coull', 50, 100, 0.99, 0.3752796250448398, 0.6247203749551602],
  ['agresti-coull', 999, 1000, 0.8, 0.9964567337549334, 0.9999068641636585],
  ['agresti-coull', 999, 1000, 0.95, 0.9937585172566711, 1.0],
  ['agresti-coull', 999, 1000, 0.99, 0.9904055208543113, 1.0],
  ['agresti-coull', 1, 1000000, 0.8, 9.171724580583929e-08, 3.550651187211252e-06],
  ['agresti-coull', 1, 1000000, 0.95, 0.0, 6.27030664072028e-06],
  ['agresti-coull', 1, 1000000, 0.99, 0.0, 9.669551871048975e-06],
  ['agresti-coull', 12.3, 40.7, 0.8, 0.21880611210108578, 0.40096013335917047],
  ['agresti-coull', 12.3, 40.7, 0.95, 0.18236044096845203, 0.45617856457215944],
  ['agresti-coull', 12.3, 40.7, 0.99, 0.15390016797324554, 0.5059702203429158],
  ['clopper-pearson', 0, 20, 0.8, 0.0, 0.10874906186625448],
  ['clopper-pearson', 0, 20, 0.95, 0.0, 0.1684334709830853],
  ['clopper-pearson', 0, 20, 0.99, 0.0, 0.23272950098907447],
  ['clopper-pearson', 1, 29, 0.8, 0.0036265294299978, 0.12761955695295263],
  ['clopper-pearson', 1, 29, 0.95, 0.0008726468835799228, 0.1776442954887229],
  ['clopper-pearson', 1, 29, 0.99, 0.0001728313327215184, 0.22960030657503938],
  ['clopper-pearson', 15, 148, 0.8, 0.0704952677405233, 0.14078083667887611],
  ['clopper-pearson', 15, 148, 0.95, 0.057844010083448576, 0.161650490349479],
  ['clopper-pearson', 15, 148, 0.99, 0.0477445597288368, 0.18187753153827607],
  ['clopper-pearson', 81, 263, 0.8, 0.2707952671789956, 0.34737717438783333],
  ['clopper-pearson', 81, 263, 0.95, 0.2527367455852713, 0.36762192260135146],
  ['clopper-pearson', 81, 263, 0.99, 0.23683735816553914, 0.386258325669745],
  ['clopper-pearson', 3, 10, 0.8, 0.115825278029763, 0.551730832383599],
  ['clopper-pearson', 3, 10, 0.95, 0.0667395111777345, 0.6524528500599973],
  ['clopper-pearson', 3, 10, 0.99, 0.03700722109623209, 0.7351139852871307],
  ['clopper-pearson', 10, 10, 0.8, 0.7943282347242815, 1.0],
  ['clopper-pearson', 10, 10, 0.95, 0.6915028921812392, 1.0],
  ['clopper-pearson', 10, 10, 0.99, 0.5887040186524747, 1.0],
  ['clopper-pearson', 0, 1, 0.8, 0.0, 0.9],
  ['clopper-pearson', 0, 1, 0.95, 0.0, 0.975],
  ['clopper-pearson', 0, 1, 0.99, 0.0, 0.995],
  ['clopper-pearson', 1, 1, 0.8, 0.09999999999999998, 1.0],
  ['clopper-pearson', 1, 1, 0.95, 0.025000000000000022, 1.0],
  ['clopper-pearson', 1, 1, 0.99, 0.0050000000000000044, 1.0],
  ['clopper-pearson', 50, 100, 0.8, 0.4314168255937809, 0.5685831744062191],
  ['clopper-pearson', 50, 100, 0.95, 0.39832112950330106, 0.6016788704966989],
  ['clopper-pearson', 50, 100, 0.99, 0.36886143735892407, 0.6311385626410759],
  ['clopper-pearson', 999, 1000, 0.8, 0.9961158956016027, 0.9998946450345664],
  ['clopper-pearson', 999, 1000, 0.95, 0.9944410757201734, 0.9999746825125088],
  ['clopper-pearson', 999, 1000, 0.99, 0.992593713061647, 0.9999949874707392],
  ['clopper-pearson', 1, 1000000, 0.8, 1.0536051010740733e-07, 3.889714549770347e-06],
  ['clopper-pearson', 1, 1000000, 0.95, 2.53178076637942e-08, 5.571630655166939e-06],
  ['clopper-pearson', 1, 1000000, 0.99, 5.012541810981498e-09, 7.430105611978525e-06],
  ['clopper-pearson', 12.3, 40.7, 0.8, 0.20725976419042236, 0.4127973789694602],
  ['clopper-pearson', 12.3, 40.7, 0.95, 0.16843912023594468, 0.46604891229800394],
  ['clopper-pearson', 12.3, 40.7, 0.99, 0.137127724559494, 0.5146083959134226],
  ['jeffreys', 0, 20, 0.8, 0.0003897898118241039, 0.064612002792834],
  ['jeffreys', 0, 20, 0.95, 2.4246478459242774e-05, 0.11663898290487539],
  ['jeffreys', 0, 20, 0.99, 9.695657205392315e-07, 0.17675409743668993],
  ['jeffreys', 1, 29, 0.8, 0.010112271514357545, 0.10303211330053855],
  ['jeffreys', 1, 29, 0.95, 0.0037461736490570752, 0.15007768600223173],
  ['jeffreys', 1, 29, 0.99, 0.0012466372380502038, 0.20014312087676941],
  ['jeffreys', 15, 148, 0.8, 0.07337270264600516, 0.13697687957386673],
  ['jeffreys', 15, 148, 0.95, 0.06044851700929642, 0.15764314347874112],
  ['jeffreys', 15, 148, 0.99, 0.050098479119583934, 0.1777035145614057],
  ['jeffreys', 81, 263, 0.8, 0.27262363564710124, 0.3454245621189321],
  ['jeffreys', 81, 263, 0.95, 0.2545219349910236, 0.3656474991740823],
  ['jeffreys', 81, 263, 0.99, 0.2385800476609325, 0.3842682391673655],
  ['jeffreys', 3, 10, 0.8, 0.1505912258762015, 0.5017811181000884],
  ['jeffreys', 3, 10, 0.95, 0.09269459393815317, 0.6058183181486713],
  ['jeffreys', 3, 10, 0.99, 0.055328749731032495, 0.69344482721394],
  ['jeffreys', 10, 10, 0.8, 0.8764257936713199, 0.9992302446953152],
  ['jeffreys', 10, 10, 0.95, 0.7828037324907895, 0.9999521095668424],
  ['jeffreys', 10, 10, 0.99, 0.6811653644058284, 0.99999808494035],
  ['jeffreys', 0, 1, 0.8, 0.006181243938429667, 0.6486428019743724],
  ['jeffreys', 0, 1, 0.95, 0.0003855809807559016, 0.8532536836904248],
  ['jeffreys', 0, 1, 0.99, 1.5421336149319863e-05, 0.9487634544245647],
  ['jeffreys', 1, 1, 0.8, 0.35135719802562754, 0.9938187560615703],
  ['jeffreys', 1, 1, 0.95, 0.1467463163095752, 0.9996144190192441],
  ['jeffreys', 1, 1, 0.99, 0.05123654557543533, 0.9999845786638507],
  ['jeffreys', 50, 100, 0.8, 0.43634287255216103, 0.563657127447839],
  ['jeffreys', 50, 100, 0.95, 0.403173950896418, 0.596826049103582],
  ['jeffreys', 50, 100, 0.99, 0.3736232360408634, 0.6263767639591367],
  ['jeffreys', 999, 1000, 0.8, 0.9968784060363535, 0.999707782434722],
  ['jeffreys', 999, 1000, 0.95, 0.9953355411912086, 0.999892081195319],
  ['jeffreys', 999, 1000, 0.99, 0.9935998839526161, 0.9999641307866627],
  ['jeffreys', 1, 1000000, 0.8, 2.9218721743773015e-07, 3.125690212029472e-06],
  ['jeffreys', 1, 1000000, 0.95, 1.0789766246541877e-07, 4.6741920467298275e-06],
  ['jeffreys', 1, 1000000, 0.99, 3.5860895615470043e-08, 6.419059235821577e-06],
  ['jeffreys', 12.3, 40.7, 0.8, 0.21806188745724733, 0.3999482284865978],
  ['jeffreys', 12.3, 40.7, 0.95, 0.17830736045074566, 0.45313335325003745],
  ['jeffreys', 12.3, 40.7, 0.99, 0.1460634494199313, 0.5018039414442133],
];

/** |actual − expected| ≤ 1e-12 relative, or 1e-15 absolute near 0 */
function close(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.max(1e-12 * Math.abs(expected), 1e-15));
}

describe('proportionInterval', () => {
  test.each(STATSMODELS)('%s, %s of %s at %s: statsmodels', (method, x, n, confidence, lower, upper) => {
    const r = proportionInterval(method, x, n, confidence);
    if (method === 'jeffreys' && x === 0) {
      // Brown, Cai and DasGupta's end: the interval reaches 0, where statsmodels keeps the equal-tailed bound
      expect(r.lower).toBe(0);
      expect(lower).toBeGreaterThan(0);
    } else close(r.lower, lower);
    if (method === 'jeffreys' && x === n) {
      expect(r.upper).toBe(1);
      expect(upper).toBeLessThan(1);
    } else close(r.upper, upper);
  });

  test('Newcombe (1998), Table I, to the four places printed: Wald, Wilson and Clopper–Pearson', () => {
    const fixed = (method: ProportionMethod, x: number, n: number) => {
      const r = proportionInterval(method, x, n, 0.95);
      return [r.lower.toFixed(4), r.upper.toFixed(4)];
    };
    expect(fixed('wald', 81, 263)).toStrictEqual(['0.2522', '0.3638']);
    expect(fixed('wald', 15, 148)).toStrictEqual(['0.0527', '0.1500']);
    expect(fixed('wald', 0, 20)).toStrictEqual(['0.0000', '0.0000']);
    expect(fixed('wilson', 81, 263)).toStrictEqual(['0.2553', '0.3662']);
    expect(fixed('wilson', 15, 148)).toStrictEqual(['0.0624', '0.1605']);
    expect(fixed('wilson', 0, 20)).toStrictEqual(['0.0000', '0.1611']);
    expect(fixed('wilson', 1, 29)).toStrictEqual(['0.0061', '0.1718']);
    expect(fixed('clopper-pearson', 81, 263)).toStrictEqual(['0.2527', '0.3676']);
    expect(fixed('clopper-pearson', 15, 148)).toStrictEqual(['0.0578', '0.1617']);
    expect(fixed('clopper-pearson', 0, 20)).toStrictEqual(['0.0000', '0.1684']);
    expect(fixed('clopper-pearson', 1, 29)).toStrictEqual(['0.0009', '0.1776']);
  });

  test('Wald and Agresti–Coull say when they were clipped to 0–1; the others never need it', () => {
    const wald = proportionInterval('wald', 1, 29, 0.95);
    expect(wald.clipped).toBe(true);
    expect(wald.lower).toBe(0);
    expect(wald.center - wald.halfWidth).toBeLessThan(0);
    expect(proportionInterval('agresti-coull', 0, 20, 0.95).clipped).toBe(true);
    expect(proportionInterval('wald', 81, 263, 0.95).clipped).toBe(false);
    expect(proportionInterval('wilson', 0, 20, 0.95).clipped).toBe(false);
    expect(proportionInterval('clopper-pearson', 20, 20, 0.95).clipped).toBe(false);
  });

  test('the symmetric methods are centre ± half-width; the exact ones report the midpoint of their bounds', () => {
    // Wald: p̂ = 0.6, half-width z √(0.24/50)
    const wald = proportionInterval('wald', 30, 50, 0.95);
    expect(wald.center).toBe(0.6);
    close(wald.halfWidth, 1.959963984540054 * Math.sqrt(0.24 / 50));
    expect(wald.lower).toBe(wald.center - wald.halfWidth);
    const exact = proportionInterval('clopper-pearson', 30, 50, 0.95);
    expect(exact.center).toBe((exact.lower + exact.upper) / 2);
    expect(exact.halfWidth).toBe((exact.upper - exact.lower) / 2);
  });
});

const case_ = fc.integer({ min: 1, max: 2000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
const method = fc.constantFrom(...PROPORTION_METHODS);
const confidence = fc.double({ min: 0.5, max: 0.9999, noNaN: true });
/** a ≤ b up to the rounding of the quantiles (1e-12) */
const atMost = (a: number, b: number) => { expect(a).toBeLessThanOrEqual(b + 1e-12); };

describe('every method', () => {
  test.prop([method, case_, confidence])('gives bounds within 0–1 that contain p̂ (confidence ≥ 0.5)', (m, [x, n], c) => {
    const r = proportionInterval(m, x, n, c);
    expect(r.lower).toBeGreaterThanOrEqual(0);
    expect(r.upper).toBeLessThanOrEqual(1);
    atMost(r.lower, x / n);
    atMost(x / n, r.upper);
  });

  test.prop([method, case_, confidence, confidence])('is nested by confidence: a higher confidence gives a wider interval', (m, [x, n], c1, c2) => {
    const [lo, hi] = c1 < c2 ? [c1, c2] : [c2, c1];
    const narrow = proportionInterval(m, x, n, lo);
    const wide = proportionInterval(m, x, n, hi);
    atMost(wide.lower, narrow.lower);
    atMost(narrow.upper, wide.upper);
  });

  test.prop([method, case_, confidence])('treats failures as successes do: the interval of n − x mirrors that of x', (m, [x, n], c) => {
    const r = proportionInterval(m, x, n, c);
    const mirror = proportionInterval(m, n - x, n, c);
    expect(Math.abs(r.lower - (1 - mirror.upper))).toBeLessThanOrEqual(1e-12);
    expect(Math.abs(r.upper - (1 - mirror.lower))).toBeLessThanOrEqual(1e-12);
  });

  test.prop([method, fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), confidence])(
    'takes an effective sample size and a fraction of successes, as weighted data give',
    (m, n, share, c) => {
      const r = proportionInterval(m, share * n, n, c);
      expect(Number.isFinite(r.lower) && Number.isFinite(r.upper)).toBe(true);
      atMost(r.lower, r.upper);
    },
  );
});

describe('Clopper–Pearson', () => {
  // Wilson's interval lies inside it for n ≤ 45 at 95% (from n = 46 on, Wilson's upper bound at x = 0 is the higher),
  // for every n up to 400 at 90% or less, and for n ≤ 12 at 99% (checked with scipy for every x)
  test.prop([fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n))), fc.double({ min: 0.5, max: 0.95, noNaN: true })])(
    'contains Wilson\'s interval at the same confidence on small samples',
    ([x, n], c) => {
      const exact = proportionInterval('clopper-pearson', x, n, c);
      const wilson = proportionInterval('wilson', x, n, c);
      atMost(exact.lower, wilson.lower);
      atMost(wilson.upper, exact.upper);
    },
  );
});
