// Bar charts with Apache ECharts (served from its WebJar), each with its figures as a table for those who do not see the chart.
import { h, table } from './dom.js';

/** A figure with a caption, a chart (role=img, labelled with its figures) and the same figures as a table. */
export function barChart(caption, labels, values, unit) {
  const summary = labels.map((l, i) => `${l}: ${values[i]}${unit}`).join(', ');
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': `${caption}. ${summary || 'geen gegevens'}` });
  const figure = h('figure', {}, h('figcaption', {}, caption), box,
    h('details', {}, h('summary', {}, 'Cijfers als tabel'), table(caption, ['', 'Waarde'], labels.map((l, i) => [l, `${values[i]}${unit}`]), [1])));
  requestAnimationFrame(() => draw(box, labels, values));
  return figure;
}

function draw(box, labels, values) {
  if (!window.echarts || labels.length === 0) {
    box.replaceChildren(document.createTextNode(labels.length === 0 ? 'Geen gegevens.' : 'De grafiek kon niet worden getekend; zie de tabel.'));
    return;
  }
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption({
    animation: false,
    aria: { enabled: false },
    grid: { left: 48, right: 16, top: 16, bottom: 64 },
    textStyle: { color: '#1b1b1b', fontFamily: 'DejaVu Sans, Arial, sans-serif' },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.some(l => l.length > 12) ? 20 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: values, itemStyle: { color: '#0b4ea2' }, label: { show: true, position: 'top' } }],
  });
  window.addEventListener('resize', () => chart.resize());
}
