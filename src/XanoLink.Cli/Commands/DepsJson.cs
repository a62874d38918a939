using Newtonsoft.Json.Linq;
using XanoLink.Selection.Reports;

namespace XanoLink.Cli.Commands;

/// <summary>The JSON document of <c>xanolink deps</c> (cli.md), keys sorted; record ids as written (numbers stay numbers).</summary>
internal static class DepsJson
{
    public static object Of(DepsView view) => view.Reverse ? Reverse(view) : Forward(view);

    private static object Forward(DepsView view)
    {
        var records = new JObject();
        foreach (var choice in view.Records.Values.OrderBy(c => c.Table, StringComparer.Ordinal))
        {
            records[choice.Table] = choice.All ? "all" : new JArray(choice.Ids.Select(JToken.Parse));
        }

        return new
        {
            selected = view.Items.Select(k => k.ToString()),
            autoIncluded = view.Others.Select(k =>
            {
                var reasons = view.Graph.DependentsOf(k).Where(e => view.Contains(e.From)).ToArray();
                return new
                {
                    item = k.ToString(),
                    requiredBy = reasons.Select(e => e.From.ToString()),
                    reasons = reasons.Select(e => new { from = e.From.ToString(), via = e.Via, file = e.Position.File, line = e.Position.Line, column = e.Position.Column }),
                };
            }),
            records,
        };
    }

    private static object Reverse(DepsView view) => new
    {
        items = view.Roots.Select(k => k.ToString()),
        dependents = view.Others.Select(k => new
        {
            item = k.ToString(),
            via = view.Graph.DependenciesOf(k).Where(e => view.Contains(e.To)).Select(e => e.To.ToString()),
        }),
    };
}
