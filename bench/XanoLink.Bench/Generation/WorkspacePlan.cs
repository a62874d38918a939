namespace XanoLink.Bench.Generation;

/// <summary>
/// The names of every object of a synthetic workspace, decided before any file is written so that
/// references can point anywhere (forward, backward, to themselves), as in a real workspace.
/// </summary>
internal sealed class WorkspacePlan
{
    private static readonly string[] Words =
    [
        "customer", "order", "product", "invoice", "payment", "shipment", "category", "review", "coupon", "warehouse",
        "supplier", "employee", "ticket", "message", "session", "subscription", "plan", "address", "cart", "refund",
    ];

    private static readonly string[] FunctionFolders =
        ["billing", "orders", "inventory", "reports", "notifications", "auth", "integrations/stripe", "integrations/mail", "util"];

    public static readonly string[] Actions = ["list", "get", "create", "update", "delete"];

    public static readonly string[] VerbOfAction = ["GET", "GET", "POST", "PATCH", "DELETE"];

    public WorkspacePlan(int objects)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(objects, 10);

        // About 15% tables, 35% endpoints (+ their groups), 8% addons, 5% tasks, 5% triggers; functions fill the rest (~30%).
        var tableCount = Math.Max(3, objects * 15 / 100);
        var apiCount = Math.Max(2, objects * 35 / 100);
        var groupCount = Math.Max(1, apiCount / 25);
        var addonCount = Math.Max(1, objects * 8 / 100);
        var taskCount = Math.Max(1, objects * 5 / 100);
        var triggerCount = Math.Max(1, objects * 5 / 100);
        var functionCount = Math.Max(3, objects - tableCount - apiCount - groupCount - addonCount - taskCount - triggerCount);

        Tables = Names(tableCount, i => $"{Word(i)}_{i}");

        // The last few tables hold users; endpoints authenticate against them.
        var authCount = Math.Max(1, tableCount / 20);
        AuthTables = Names(authCount, i => $"{Word(i)}_users_{i}");
        Tables = [.. Tables.Take(tableCount - authCount), .. AuthTables];

        Groups = Names(groupCount, g => $"{Word(g * 7)}s_{g}");
        Apis = Names(apiCount, a => $"{Groups[a % groupCount]}/{Actions[a % Actions.Length]}_{Word(a)}_{a}");
        Functions = Names(functionCount, f => f % 10 == 9
            ? $"{Word(f)}_helper_{f}"
            : $"{FunctionFolders[f % FunctionFolders.Length]}/{Actions[f / 3 % Actions.Length]}_{Word(f)}_{f}");
        Addons = Names(addonCount, i => $"{Word(i)}_addon_{i}");
        Tasks = Names(taskCount, i => $"nightly_{Word(i)}_{i}");
        Triggers = Names(triggerCount, i => $"audit_{Word(i)}_{i}");
    }

    public IReadOnlyList<string> Tables { get; }

    /// <summary>The tables that are user tables (also in <see cref="Tables"/>, at the end).</summary>
    public IReadOnlyList<string> AuthTables { get; }

    public IReadOnlyList<string> Groups { get; }

    /// <summary>Endpoint names, "group/name"; endpoint <c>a</c> does action <c>a % 5</c> and sits in group <c>a % groups</c>.</summary>
    public IReadOnlyList<string> Apis { get; }

    public IReadOnlyList<string> Functions { get; }

    public IReadOnlyList<string> Addons { get; }

    public IReadOnlyList<string> Tasks { get; }

    public IReadOnlyList<string> Triggers { get; }

    /// <summary>Tables whose ids are uuid; the others use int.</summary>
    public static bool HasUuidId(int tableIndex) => tableIndex % 10 == 9;

    /// <summary>Tables that get a records file: the first three, which all have int ids.</summary>
    public IEnumerable<int> RecordTables => Enumerable.Range(0, Math.Min(3, Tables.Count - AuthTables.Count));

    private static string Word(int i) => Words[i % Words.Length];

    private static string[] Names(int count, Func<int, string> name) => Enumerable.Range(0, count).Select(name).ToArray();
}
