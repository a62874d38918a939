using XanoLink.Model;

namespace XanoLink.Selection.Reports;

/// <summary>Group titles of the graph formats: one cluster per kind.</summary>
internal static class KindTitles
{
    public static string Of(ItemKind kind) => kind switch
    {
        ItemKind.Table => "Tables",
        ItemKind.ApiGroup => "API groups",
        ItemKind.Api => "API endpoints",
        ItemKind.Function => "Functions",
        ItemKind.Addon => "Addons",
        ItemKind.Task => "Tasks",
        ItemKind.Trigger => "Triggers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
