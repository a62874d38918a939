namespace XanoLink.Model;

/// <summary>A step op, the words a diff uses for it, and which of its properties name other objects.</summary>
public sealed record StepOp(string Op, string DisplayName, string? TableProperty = null, string? AddonProperty = null, string? FunctionProperty = null, bool AddonsList = false)
{
    public bool Nests => Op is "conditional" or "foreach";
}

/// <summary>The step ops of format.md.</summary>
public static class StepOps
{
    public static IReadOnlyList<StepOp> All { get; } =
    [
        new("db.query", "Query All Records", TableProperty: "table", AddonsList: true),
        new("db.get", "Get Record", TableProperty: "table", AddonsList: true),
        new("db.add", "Add Record", TableProperty: "table"),
        new("db.edit", "Edit Record", TableProperty: "table"),
        new("db.add_or_edit", "Add Or Edit Record", TableProperty: "table"),
        new("db.delete", "Delete Record", TableProperty: "table"),
        new("addon.call", "Addon", AddonProperty: "addon"),
        new("var.create", "Create Variable"),
        new("var.update", "Update Variable"),
        new("api.request", "API Request"),
        new("function.run", "Custom Function", FunctionProperty: "function"),
        new("conditional", "Conditional"),
        new("foreach", "For Each Loop"),
        new("return", "Return"),
    ];

    /// <summary>Properties of a step that hold nested steps.</summary>
    public static IReadOnlyList<string> NestedStepProperties { get; } = ["then", "else", "steps"];

    public static StepOp? Find(string? op) => All.FirstOrDefault(o => o.Op == op);

    // XanoScript statements the JSON format has no op for (docs/xanoscript.md), named as Xano's editor names them
    // so a diff of a .xs workspace reads the same way; they are not JSON-format ops.
    private static readonly Dictionary<string, string> XanoScriptNames = new(StringComparer.Ordinal)
    {
        ["db.has"] = "Has Record",
        ["db.patch"] = "Patch Record",
        ["db.truncate"] = "Clear All Records",
        ["db.bulk.add"] = "Bulk Add Records",
        ["db.bulk.update"] = "Bulk Update Records",
        ["db.bulk.patch"] = "Bulk Patch Records",
        ["db.bulk.delete"] = "Bulk Delete Records",
        ["db.direct_query"] = "Direct Database Query",
        ["db.transaction"] = "Database Transaction",
        ["precondition"] = "Precondition",
        ["throw"] = "Throw Error",
        ["try_catch"] = "Try / Catch",
        ["switch"] = "Switch",
        ["for"] = "For Loop",
        ["while"] = "While Loop",
        ["group"] = "Group",
        ["api.lambda"] = "Lambda Function",
        ["debug.log"] = "Debug Log",
        ["util.send_email"] = "Send Email",
        ["test"] = "Unit Test",
    };

    /// <summary>The display name of an op, or the op itself when it is unknown.</summary>
    public static string DisplayName(string? op) =>
        Find(op)?.DisplayName ?? (op is not null && XanoScriptNames.TryGetValue(op, out var name) ? name : op) ?? "step";
}
