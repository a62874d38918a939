namespace XanoLink.Model;

/// <summary>Per-kind facts: the item key prefix, the manifest's include key and the folder the files live in.</summary>
public static class ItemKinds
{
    public static IReadOnlyList<ItemKind> All { get; } = Enum.GetValues<ItemKind>();

    /// <summary>Kinds a manifest's <c>include</c> can name (API groups travel with their endpoints).</summary>
    public static IReadOnlyList<ItemKind> Includable { get; } =
        [ItemKind.Api, ItemKind.Function, ItemKind.Addon, ItemKind.Task, ItemKind.Trigger, ItemKind.Table];

    public static string Prefix(this ItemKind kind) => kind switch
    {
        ItemKind.Table => "table",
        ItemKind.ApiGroup => "apigroup",
        ItemKind.Api => "api",
        ItemKind.Function => "function",
        ItemKind.Addon => "addon",
        ItemKind.Task => "task",
        ItemKind.Trigger => "trigger",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The key in the manifest's <c>include</c> object.</summary>
    public static string IncludeKey(this ItemKind kind) => kind switch
    {
        ItemKind.Table => "tables",
        ItemKind.ApiGroup => "apigroups",
        ItemKind.Api => "apis",
        ItemKind.Function => "functions",
        ItemKind.Addon => "addons",
        ItemKind.Task => "tasks",
        ItemKind.Trigger => "triggers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Folder(this ItemKind kind) => kind switch
    {
        ItemKind.Table => "tables",
        ItemKind.ApiGroup or ItemKind.Api => "apis",
        ItemKind.Function => "functions",
        ItemKind.Addon => "addons",
        ItemKind.Task => "tasks",
        ItemKind.Trigger => "triggers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Words a person uses: "table", "API group", "API endpoint".</summary>
    public static string DisplayName(this ItemKind kind) => kind switch
    {
        ItemKind.Table => "table",
        ItemKind.ApiGroup => "API group",
        ItemKind.Api => "API endpoint",
        ItemKind.Function => "function",
        ItemKind.Addon => "addon",
        ItemKind.Task => "task",
        ItemKind.Trigger => "trigger",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParsePrefix(string prefix, out ItemKind kind)
    {
        foreach (var k in All)
        {
            if (k.Prefix() == prefix)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static bool TryParseIncludeKey(string key, out ItemKind kind)
    {
        foreach (var k in Includable)
        {
            if (k.IncludeKey() == key)
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The workspace-relative path of an object's file.</summary>
    public static string PathOf(ItemKind kind, string name) => kind == ItemKind.ApiGroup
        ? $"apis/{name}/api-group.json"
        : $"{kind.Folder()}/{name}.json";
}
