namespace XanoLink.Git.Tenants;

/// <summary>One word for where a tenant stands, for fleet tables and filters (status --state).</summary>
public enum TenantState
{
    UpToDate,
    Behind,
    Never,
    Error,
}

/// <summary>The words of <see cref="TenantState"/>.</summary>
public static class TenantStates
{
    private static readonly string[] All = ["up-to-date", "behind", "never", "error"];

    public static IReadOnlyList<string> Words => All;

    public static TenantState Of(TenantStatus status) =>
        status.Error is not null ? TenantState.Error
        : status.LastPublished is null ? TenantState.Never
        : status.UpToDate ? TenantState.UpToDate
        : TenantState.Behind;

    public static string Word(this TenantState state) => Words[(int)state];

    public static TenantState? Parse(string word) => Array.IndexOf(All, word) is var i and >= 0 ? (TenantState)i : null;
}
