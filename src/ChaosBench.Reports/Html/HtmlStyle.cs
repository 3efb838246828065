namespace ChaosBench.Reports.Html;

/// <summary>The page's only style sheet, inlined: the report must open from an archived CI artifact with no network.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}
        h1{font-size:1.6em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
        th{background:#f5f5f5}code,pre{background:#f5f5f5;padding:.1em .3em;border-radius:3px}
        ul.evidence{margin:0;padding-left:1.1em}
        .badge{display:inline-block;padding:.1em .6em;border-radius:1em;color:#fff;font-size:.75em;vertical-align:middle}
        .passed{background:#2e7d32}.failed{background:#c62828}.unknown,.errored,.invalid{background:#ef6c00}.aborted{background:#616161}
        svg.timeline{width:100%;height:auto;font-family:system-ui,sans-serif}
        rect.ok{fill:#66bb6a}rect.info{fill:#ffb300}rect.fail{fill:#e53935}
        .fault line{stroke:#c62828;stroke-width:1.5;stroke-dasharray:4 2}.fault text{fill:#c62828}
        .repair line{stroke:#1565c0;stroke-width:1.5}.repair text{fill:#1565c0}
        svg.violation{width:100%;height:auto;font-family:system-ui,sans-serif}line.lane{stroke:#ddd}
        .op rect{fill:#cfd8dc;stroke:#78909c}.op.open rect{fill-opacity:.45;stroke-dasharray:3 2}
        .op.impossible rect{fill:#ef9a9a;stroke:#c62828;stroke-width:2}.op.could-have-seen rect{fill:#a5d6a7;stroke:#2e7d32;stroke-width:2}
        .impossible-word{color:#c62828;font-weight:bold}.seen-word{color:#2e7d32;font-weight:bold}
        svg.cycle{width:100%;height:auto;font-family:system-ui,sans-serif}
        .txn rect{fill:#eceff1;stroke:#546e7a;stroke-width:1.5}.txn-info rect,.txn-fail rect{fill-opacity:.45;stroke-dasharray:4 2}
        .edge line,.edge path{stroke-width:2}.edge text{font-weight:bold}
        .ww line,.ww path{stroke:#6a1b9a}.ww polygon,.ww text,span.ww{fill:#6a1b9a;color:#6a1b9a}
        .wr line,.wr path{stroke:#1565c0}.wr polygon,.wr text,span.wr{fill:#1565c0;color:#1565c0}
        .rw line,.rw path{stroke:#c62828}.rw polygon,.rw text,span.rw{fill:#c62828;color:#c62828}
        .realtime line,.realtime path,.process line,.process path{stroke:#616161;stroke-dasharray:5 3}.realtime polygon,.realtime text,span.realtime,.process polygon,.process text{fill:#616161;color:#616161}
        .edge-word{font-weight:bold}
        line.axis{stroke:#444}text.label{paint-order:stroke;stroke:#fff;stroke-width:3px}
        """;
}
