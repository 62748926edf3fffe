/*
 * Interdict: the charts of a party's page (trade risk, trade network) and the live script of the aliases on
 * the party form. The data comes from JSON blocks in the page (#risk-data, #network-data) that the server
 * writes with "<", ">" and "&" escaped; nothing is fetched. Texts drawn come from the same blocks ("texts").
 * Works under the pages' CSP: loaded from the application, ECharts from its webjar.
 */
(function (window, document) {
    'use strict';

    var charts = {};
    var COLORS = {
        ink: '#1f2933', muted: '#52606d', line: '#d9e2ec', brand: '#102a43',
        flag: '#c81e1e', flagSoft: '#f29b9b', edge: '#9fb3c8',
        self: '#102a43', exporter: '#0b69a3', intermediary: '#c65d21', consignee: '#2f8f83', undisclosed: '#9aa5b1'
    };
    var TIER_COLORS = { '1': '#8a041a', '2': '#c81e1e', '3': '#e5603b', '4': '#f0a030' };
    var FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

    // ---- helpers -------------------------------------------------------------------------------------

    function readJson(id) {
        var element = document.getElementById(id);
        if (!element) {
            return null;
        }
        var text = (element.textContent || '').trim();
        if (!text || text === '{}') {
            return null;
        }
        try {
            return JSON.parse(text);
        } catch (e) {
            return null;
        }
    }

    function escapeHtml(value) {
        return String(value == null ? '' : value).replace(/[&<>"']/g, function (c) {
            return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
        });
    }

    function text(data, key, argument) {
        var pattern = (data && data.texts && data.texts[key]) || key;
        return argument === undefined ? pattern : pattern.replace('{0}', argument);
    }

    function lang(data) {
        return (data && data.lang) || document.documentElement.lang || 'en';
    }

    function number(data, value) {
        try {
            return new Intl.NumberFormat(lang(data)).format(value);
        } catch (e) {
            return String(value);
        }
    }

    function money(data, value, compact) {
        try {
            var options = { style: 'currency', currency: 'USD', maximumFractionDigits: compact ? 1 : 0 };
            if (compact) {
                options.notation = 'compact';
            }
            return new Intl.NumberFormat(lang(data), options).format(value);
        } catch (e) {
            return '$' + Math.round(value);
        }
    }

    function month(data, key) {
        var parts = String(key).split('-');
        if (parts.length < 2) {
            return key;
        }
        try {
            return new Intl.DateTimeFormat(lang(data), { month: 'short', year: 'numeric', timeZone: 'UTC' })
                .format(new Date(Date.UTC(+parts[0], +parts[1] - 1, 1)));
        } catch (e) {
            return key;
        }
    }

    function day(data, iso) {
        if (!iso) {
            return '';
        }
        var parts = String(iso).substring(0, 10).split('-');
        try {
            return new Intl.DateTimeFormat(lang(data), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
                .format(new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2])));
        } catch (e) {
            return iso;
        }
    }

    function shorten(name, max) {
        name = String(name || '');
        return name.length > max ? name.substring(0, max - 1) + '…' : name;
    }

    /** A fresh chart in the element (an older one there is disposed of), or null without ECharts. */
    function chartIn(id) {
        var element = document.getElementById(id);
        if (!element || !window.echarts) {
            return null;
        }
        var old = window.echarts.getInstanceByDom(element);
        if (old) {
            old.dispose();
        }
        var chart = window.echarts.init(element, null, { renderer: 'canvas' });
        charts[id] = chart;
        return chart;
    }

    function title(label) {
        return {
            text: label, left: 0, top: 0,
            textStyle: { fontSize: 14, fontWeight: 600, color: '#243b53', fontFamily: FONT }
        };
    }

    function emptyState(chart, heading, message) {
        chart.setOption({
            title: [title(heading), {
                text: message, left: 'center', top: 'middle',
                textStyle: { fontSize: 13, fontWeight: 400, color: COLORS.muted, fontFamily: FONT }
            }]
        });
    }

    /** Axis lines and texts; a vertical axis's name sits above it, aligned with its labels. */
    function axisStyle(vertical) {
        return {
            axisLine: { lineStyle: { color: '#9aa5b1' } },
            axisLabel: { color: COLORS.muted, fontFamily: FONT },
            nameTextStyle: { color: COLORS.muted, fontFamily: FONT, align: vertical ? 'left' : 'center' },
            splitLine: { lineStyle: { color: '#eef2f6' } }
        };
    }

    function merge(target, source) {
        Object.keys(source).forEach(function (key) {
            target[key] = source[key];
        });
        return target;
    }

    function openParty(data, id) {
        if (id && data && data.partyUrl) {
            window.location.href = data.partyUrl + encodeURIComponent(id);
        }
    }

    // ---- trade risk ----------------------------------------------------------------------------------

    function drawTiers(data) {
        var chart = chartIn('chart-tiers');
        if (!chart) {
            return;
        }
        var tiers = data.tiers || [];
        if (!tiers.length) {
            emptyState(chart, text(data, 'tiers.title'), text(data, 'empty'));
            return;
        }
        chart.setOption({
            title: title(text(data, 'tiers.title')),
            grid: { left: 8, right: 16, top: 62, bottom: 30, containLabel: true },
            tooltip: {
                trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true,
                formatter: function (params) {
                    var tier = tiers[params[0].dataIndex];
                    return '<strong>' + escapeHtml(params[0].axisValue) + '</strong><br/>'
                        + escapeHtml(text(data, 'shipments')) + ': ' + escapeHtml(number(data, tier.shipments)) + '<br/>'
                        + escapeHtml(text(data, 'value')) + ': ' + escapeHtml(money(data, tier.valueUsd));
                }
            },
            xAxis: merge({
                type: 'category', name: text(data, 'axis.tier'), nameLocation: 'middle', nameGap: 28,
                data: tiers.map(function (t) { return text(data, 'tier', t.key); })
            }, axisStyle()),
            yAxis: merge({ type: 'value', name: text(data, 'axis.shipments'), minInterval: 1 }, axisStyle(true)),
            series: [{
                type: 'bar', name: text(data, 'series.flagged'), barMaxWidth: 42,
                data: tiers.map(function (t) {
                    return { value: t.shipments, itemStyle: { color: TIER_COLORS[String(t.key).charAt(0)] || COLORS.flag, borderRadius: [3, 3, 0, 0] } };
                }),
                label: { show: true, position: 'top', color: COLORS.ink, fontFamily: FONT }
            }]
        });
    }

    function drawMonths(data) {
        var chart = chartIn('chart-months');
        if (!chart) {
            return;
        }
        var months = data.months || [];
        if (!months.length) {
            emptyState(chart, text(data, 'months.title'), text(data, 'empty'));
            return;
        }
        chart.setOption({
            title: title(text(data, 'months.title')),
            grid: { left: 8, right: 16, top: 62, bottom: 30, containLabel: true },
            tooltip: {
                trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true,
                formatter: function (params) {
                    var m = months[params[0].dataIndex];
                    return '<strong>' + escapeHtml(params[0].axisValue) + '</strong><br/>'
                        + escapeHtml(text(data, 'series.flagged')) + ': ' + escapeHtml(number(data, m.shipments)) + '<br/>'
                        + escapeHtml(text(data, 'value')) + ': ' + escapeHtml(money(data, m.valueUsd));
                }
            },
            xAxis: merge({
                type: 'category', name: text(data, 'axis.month'), nameLocation: 'middle', nameGap: 28,
                data: months.map(function (m) { return month(data, m.key); })
            }, axisStyle()),
            yAxis: merge({ type: 'value', name: text(data, 'axis.shipments'), minInterval: 1 }, axisStyle(true)),
            dataZoom: months.length > 24 ? [{ type: 'inside' }] : [],
            series: [{
                type: 'bar', name: text(data, 'series.flagged'), barMaxWidth: 28,
                itemStyle: { color: COLORS.flag, borderRadius: [3, 3, 0, 0] },
                data: months.map(function (m) { return m.shipments; })
            }]
        });
    }

    function drawCounterparts(data) {
        var chart = chartIn('chart-counterparts');
        if (!chart) {
            return;
        }
        var counterparts = data.counterparts || [];
        if (!counterparts.length) {
            emptyState(chart, text(data, 'counterparts.title'), text(data, 'empty'));
            return;
        }
        chart.setOption({
            title: title(text(data, 'counterparts.title')),
            grid: { left: 8, right: 36, top: 44, bottom: 30, containLabel: true },
            tooltip: {
                trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true,
                formatter: function (params) {
                    var c = counterparts[params[0].dataIndex];
                    return '<strong>' + escapeHtml(c.name) + '</strong> (' + escapeHtml(text(data, 'role.' + c.role)) + ')<br/>'
                        + escapeHtml(text(data, 'series.flagged')) + ': ' + escapeHtml(number(data, c.shipments)) + '<br/>'
                        + escapeHtml(text(data, 'value')) + ': ' + escapeHtml(money(data, c.valueUsd))
                        + (c.id ? '<br/><em>' + escapeHtml(text(data, 'open')) + '</em>' : '');
                }
            },
            xAxis: merge({ type: 'value', name: text(data, 'axis.shipments'), nameLocation: 'middle', nameGap: 26, minInterval: 1 }, axisStyle()),
            yAxis: merge({
                type: 'category', inverse: true,
                data: counterparts.map(function (c) { return shorten(c.name, 30); })
            }, axisStyle()),
            series: [{
                type: 'bar', name: text(data, 'series.flagged'), barMaxWidth: 22,
                data: counterparts.map(function (c) {
                    return {
                        value: c.shipments, id: c.id || null, cursor: c.id ? 'pointer' : 'default',
                        itemStyle: { color: c.role === 'CONSIGNEE' ? COLORS.consignee : COLORS.exporter, borderRadius: [0, 3, 3, 0] }
                    };
                }),
                label: { show: true, position: 'right', color: COLORS.ink, fontFamily: FONT }
            }]
        });
        chart.on('click', function (params) {
            var c = counterparts[params.dataIndex];
            if (c && c.id) {
                openParty(data, c.id);
            }
        });
    }

    function drawValues(data) {
        var chart = chartIn('chart-values');
        if (!chart) {
            return;
        }
        var months = data.months || [];
        if (!months.length) {
            emptyState(chart, text(data, 'values.title'), text(data, 'empty'));
            return;
        }
        chart.setOption({
            title: title(text(data, 'values.title')),
            grid: { left: 8, right: 16, top: 62, bottom: 30, containLabel: true },
            tooltip: {
                trigger: 'axis', confine: true,
                formatter: function (params) {
                    var m = months[params[0].dataIndex];
                    return '<strong>' + escapeHtml(params[0].axisValue) + '</strong><br/>'
                        + escapeHtml(text(data, 'series.value')) + ': ' + escapeHtml(money(data, m.valueUsd));
                }
            },
            xAxis: merge({
                type: 'category', boundaryGap: false, name: text(data, 'axis.month'), nameLocation: 'middle', nameGap: 28,
                data: months.map(function (m) { return month(data, m.key); })
            }, axisStyle()),
            yAxis: merge({
                type: 'value', name: text(data, 'axis.value'),
                axisLabel: { color: COLORS.muted, fontFamily: FONT, formatter: function (v) { return money(data, v, true); } }
            }, { axisLine: axisStyle().axisLine, nameTextStyle: axisStyle(true).nameTextStyle, splitLine: axisStyle().splitLine }),
            series: [{
                type: 'line', name: text(data, 'series.value'), smooth: false, symbolSize: 7,
                lineStyle: { color: COLORS.intermediary, width: 2 },
                itemStyle: { color: COLORS.intermediary },
                areaStyle: { color: 'rgba(198, 93, 33, 0.15)' },
                data: months.map(function (m) { return Math.round(m.valueUsd * 100) / 100; })
            }]
        });
    }

    function drawRisk() {
        var data = readJson('risk-data');
        if (!data) {
            return;
        }
        drawTiers(data);
        drawMonths(data);
        drawCounterparts(data);
        drawValues(data);
    }

    // ---- trade network -------------------------------------------------------------------------------

    function roleOf(node, root) {
        var roles = node.roles || [];
        if (node.id === root) {
            return 0;
        }
        if (!node.known) {
            return 4;
        }
        if (roles.indexOf('INTERMEDIARY') >= 0 || (roles.indexOf('EXPORTER') >= 0 && roles.indexOf('CONSIGNEE') >= 0)) {
            return 2;
        }
        return roles.indexOf('EXPORTER') >= 0 ? 1 : 3;
    }

    function drawNetwork() {
        var element = document.getElementById('network-graph');
        var data = readJson('network-data');
        if (!element) {
            return;
        }
        // Without data (the trade view is unavailable) the page says so in words; there is no graph to show.
        element.hidden = !data;
        if (!data) {
            return;
        }
        var chart = chartIn('network-graph');
        if (!chart) {
            return;
        }
        if (!data.edges || !data.edges.length) {
            emptyState(chart, '', text(data, 'noTrade'));
            return;
        }
        var root = data.root;
        var stats = {};
        data.nodes.forEach(function (n) {
            stats[n.id] = { sent: 0, received: 0, flagged: 0, value: 0 };
        });
        data.edges.forEach(function (e) {
            var from = stats[e.from] || (stats[e.from] = { sent: 0, received: 0, flagged: 0, value: 0 });
            var to = stats[e.to] || (stats[e.to] = { sent: 0, received: 0, flagged: 0, value: 0 });
            from.sent += e.shipments;
            to.received += e.shipments;
            from.flagged += e.flagged;
            to.flagged += e.flagged;
            from.value += e.valueUsd;
            to.value += e.valueUsd;
        });
        var categories = [
            { name: text(data, 'role.self'), itemStyle: { color: COLORS.self } },
            { name: text(data, 'role.exporter'), itemStyle: { color: COLORS.exporter } },
            { name: text(data, 'role.intermediary'), itemStyle: { color: COLORS.intermediary } },
            { name: text(data, 'role.consignee'), itemStyle: { color: COLORS.consignee } },
            { name: text(data, 'role.undisclosed'), itemStyle: { color: COLORS.undisclosed } }
        ];
        var many = data.nodes.length > 60;
        var nodes = data.nodes.map(function (n) {
            var s = stats[n.id];
            var total = s.sent + s.received;
            var isRoot = n.id === root;
            var flagged = s.flagged > 0;
            return {
                id: n.id,
                name: n.name || text(data, 'undisclosed'),
                category: roleOf(n, root),
                value: total,
                symbol: isRoot ? 'diamond' : 'circle',
                symbolSize: isRoot ? 44 : Math.max(12, Math.min(40, 10 + Math.sqrt(total) * 4)),
                cursor: n.known && !isRoot ? 'pointer' : 'default',
                itemStyle: flagged
                    ? { borderColor: COLORS.flag, borderWidth: 3, shadowBlur: 8, shadowColor: 'rgba(200, 30, 30, 0.45)' }
                    : { borderColor: '#ffffff', borderWidth: 1.5 },
                label: { show: isRoot || !many || n.distance <= 1, fontWeight: isRoot ? 700 : 400 },
                known: n.known,
                stats: s,
                roles: n.roles || []
            };
        });
        var links = data.edges.map(function (e) {
            return {
                source: e.from, target: e.to, value: e.shipments, edge: e,
                lineStyle: {
                    width: Math.min(9, 1 + Math.sqrt(e.shipments) * 1.3),
                    color: e.flagged > 0 ? COLORS.flag : COLORS.edge,
                    opacity: e.flagged > 0 ? 0.85 : 0.7,
                    curveness: 0.08
                }
            };
        });
        var names = {};
        nodes.forEach(function (n) { names[n.id] = n.name; });
        var used = {};
        nodes.forEach(function (n) { used[n.category] = true; });

        chart.setOption({
            legend: [{
                data: categories.filter(function (c, i) { return used[i]; }).map(function (c) { return c.name; }),
                top: 4, left: 4, orient: 'horizontal', icon: 'circle',
                textStyle: { color: COLORS.ink, fontFamily: FONT }
            }],
            tooltip: {
                confine: true,
                formatter: function (params) {
                    if (params.dataType === 'edge') {
                        var e = params.data.edge;
                        return '<strong>' + escapeHtml(names[e.from]) + ' → ' + escapeHtml(names[e.to]) + '</strong><br/>'
                            + escapeHtml(text(data, 'shipments')) + ': ' + escapeHtml(number(data, e.shipments)) + '<br/>'
                            + '<span style="color:' + (e.flagged > 0 ? COLORS.flag : COLORS.muted) + '">'
                            + escapeHtml(text(data, 'flagged')) + ': ' + escapeHtml(number(data, e.flagged)) + '</span><br/>'
                            + escapeHtml(text(data, 'value')) + ': ' + escapeHtml(money(data, e.valueUsd))
                            + (e.first ? '<br/>' + escapeHtml(text(data, 'period')) + ': ' + escapeHtml(day(data, e.first))
                                + (e.last && e.last !== e.first ? ' – ' + escapeHtml(day(data, e.last)) : '') : '');
                    }
                    var n = params.data;
                    return '<strong>' + escapeHtml(n.name) + '</strong><br/>'
                        + '<span style="color:' + COLORS.muted + '">' + escapeHtml(categories[n.category].name) + '</span><br/>'
                        + escapeHtml(text(data, 'sent')) + ': ' + escapeHtml(number(data, n.stats.sent)) + ' · '
                        + escapeHtml(text(data, 'received')) + ': ' + escapeHtml(number(data, n.stats.received)) + '<br/>'
                        + '<span style="color:' + (n.stats.flagged > 0 ? COLORS.flag : COLORS.muted) + '">'
                        + escapeHtml(text(data, 'flagged')) + ': ' + escapeHtml(number(data, n.stats.flagged)) + '</span><br/>'
                        + escapeHtml(text(data, 'value')) + ': ' + escapeHtml(money(data, n.stats.value))
                        + (n.known && n.id !== root ? '<br/><em>' + escapeHtml(text(data, 'open')) + '</em>' : '');
                }
            },
            graphic: [{
                type: 'text', right: 8, top: 6, silent: true,
                style: { text: text(data, 'legend.flagged'), fill: COLORS.flag, font: '12px ' + FONT }
            }],
            animationDurationUpdate: 600,
            series: [{
                type: 'graph', layout: 'force', roam: true, draggable: true,
                top: 40, bottom: 10, left: 10, right: 10,
                categories: categories,
                data: nodes,
                links: links,
                edgeSymbol: ['none', 'arrow'], edgeSymbolSize: [0, 8],
                zoom: many ? 0.85 : 1,
                force: {
                    repulsion: many ? 170 : 280, edgeLength: many ? [50, 140] : [60, 170], gravity: many ? 0.1 : 0.08,
                    friction: 0.15, layoutAnimation: true
                },
                scaleLimit: { min: 0.3, max: 5 },
                label: {
                    position: 'right', fontSize: 11, color: COLORS.ink, fontFamily: FONT,
                    formatter: function (p) { return shorten(p.data.name, 32); }
                },
                labelLayout: { hideOverlap: true },
                emphasis: { focus: 'adjacency', label: { show: true }, lineStyle: { width: 4 } },
                blur: { itemStyle: { opacity: 0.25 }, lineStyle: { opacity: 0.1 } }
            }]
        });
        chart.on('click', function (params) {
            if (params.dataType === 'node' && params.data.known && params.data.id !== root) {
                openParty(data, params.data.id);
            }
        });
    }

    // ---- aliases on the party form -------------------------------------------------------------------

    var SCRIPT_NAMES = ['Latin', 'Cyrillic', 'Han', 'Arabic', 'Hebrew', 'Greek', 'Hangul', 'Hiragana', 'Katakana', 'Thai',
        'Devanagari', 'Georgian', 'Armenian', 'Mongolian', 'Tibetan', 'Bengali', 'Tamil', 'Ethiopic', 'Khmer', 'Lao',
        'Myanmar', 'Sinhala', 'Syriac', 'Thaana', 'Gujarati', 'Gurmukhi', 'Kannada', 'Malayalam', 'Telugu', 'Oriya'];
    var SCRIPT_TESTS = null;

    function scriptTests() {
        if (SCRIPT_TESTS === null) {
            SCRIPT_TESTS = [];
            try {
                SCRIPT_TESTS.letter = new RegExp('\\p{L}', 'u');
                SCRIPT_NAMES.forEach(function (name) {
                    SCRIPT_TESTS.push({ name: name, test: new RegExp('\\p{Script=' + name + '}', 'u') });
                });
            } catch (e) {
                SCRIPT_TESTS = [];
            }
        }
        return SCRIPT_TESTS;
    }

    /** The script of most letters of the text, as the server names it (Latin, Cyrillic, Han …); undefined if unknown. */
    function detectScript(value) {
        var tests = scriptTests();
        if (!tests.letter) {
            return undefined;
        }
        var counts = {};
        var letters = 0;
        Array.from(value || '').forEach(function (ch) {
            if (!tests.letter.test(ch)) {
                return;
            }
            letters++;
            for (var i = 0; i < tests.length; i++) {
                if (tests[i].test.test(ch)) {
                    counts[tests[i].name] = (counts[tests[i].name] || 0) + 1;
                    return;
                }
            }
        });
        if (!letters) {
            return null;
        }
        var best;
        Object.keys(counts).forEach(function (name) {
            if (best === undefined || counts[name] > counts[best]) {
                best = name;
            }
        });
        return best;
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input || !input.getAttribute || !input.getAttribute('data-script-target')) {
            return;
        }
        var badge = document.getElementById(input.getAttribute('data-script-target'));
        var script = detectScript(input.value);
        if (badge && script !== undefined) {
            badge.textContent = script === null ? '—' : script;
        }
    });

    window.PartyForm = {
        /** Puts the cursor in the last input of the class (after a row was added). */
        focusLast: function (styleClass) {
            var inputs = document.getElementsByClassName(styleClass);
            if (inputs.length) {
                inputs[inputs.length - 1].focus();
            }
        },
        detectScript: detectScript
    };

    // ---- life cycle ----------------------------------------------------------------------------------

    var resizeTimer = null;

    function resizeAll() {
        Object.keys(charts).forEach(function (id) {
            var chart = charts[id];
            if (chart && !chart.isDisposed()) {
                chart.resize();
            }
        });
    }

    window.addEventListener('resize', function () {
        window.clearTimeout(resizeTimer);
        resizeTimer = window.setTimeout(resizeAll, 120);
    });

    function start() {
        drawRisk();
        drawNetwork();
        // A <details> or a changed layout can resize a chart's box without resizing the window.
        if (window.ResizeObserver) {
            var observer = new window.ResizeObserver(function () {
                window.clearTimeout(resizeTimer);
                resizeTimer = window.setTimeout(resizeAll, 120);
            });
            ['chart-tiers', 'chart-months', 'chart-counterparts', 'chart-values', 'network-graph'].forEach(function (id) {
                var element = document.getElementById(id);
                if (element) {
                    observer.observe(element);
                }
            });
        }
    }

    window.PartyCharts = { drawRisk: drawRisk, drawNetwork: drawNetwork, resize: resizeAll };

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window, document));
