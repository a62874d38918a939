using Newtonsoft.Json.Linq;
using XanoLink.Diagnostics;

namespace XanoLink.Diff;

/// <summary>What happened to a whole item between the two sides.</summary>
public enum ItemStatus
{
    Added,
    Deleted,
    Modified,
    Renamed,
}

/// <summary>What part of an item a change is about (cli.md's <c>kind</c>).</summary>
public enum ChangeKind
{
    Field,
    Input,
    Step,
    Index,
    Record,
    Property,
}

/// <summary>What happened to that part (cli.md's <c>change</c>).</summary>
public enum ChangeType
{
    Added,
    Deleted,
    Edited,
    Moved,
}

/// <summary>
/// One item-level change. <see cref="Path"/> is where the part sits in the item's JSON, on the right side
/// (the left side for a deletion): <c>inputs[1]</c>, <c>steps[2].then[0]</c>, <c>description</c>, <c>records[5]</c>.
/// </summary>
public sealed record ItemChange(ChangeKind Kind, string Name, ChangeType Change, string Path, JToken? Before = null, JToken? After = null);

/// <summary>How many records of a table were added, deleted and edited.</summary>
public sealed record RecordCounts(int Added, int Deleted, int Edited)
{
    public int Total => Added + Deleted + Edited;
}

/// <summary>
/// One item that differs. <see cref="Key"/> is an item key (<c>api:orders/create</c>) or <c>manifest</c> for
/// xanolink.json; a renamed item carries its left key in <see cref="OldKey"/>. <see cref="Before"/> and
/// <see cref="After"/> are the item's JSON on each side (null where it is absent, or where only its records changed);
/// <see cref="Delta"/> is JsonDiffPatch's delta from Before to After. <see cref="BeforeConstruct"/> and
/// <see cref="AfterConstruct"/> are the XanoScript construct of a side read from a <c>.xs</c> file (null for JSON), so
/// that a person reviewing a XanoScript workspace sees its own language.
/// </summary>
public sealed record ItemDiff(
    string Key,
    ItemStatus Status,
    IReadOnlyList<ItemChange> Changes,
    string? OldKey = null,
    JToken? Before = null,
    JToken? After = null,
    JToken? Delta = null,
    RecordCounts? Records = null,
    string? BeforeConstruct = null,
    string? AfterConstruct = null)
{
    /// <summary>The left name of a renamed item (cli.md's <c>oldName</c>).</summary>
    public string? OldName => OldKey is null ? null : OldKey[(OldKey.IndexOf(':', StringComparison.Ordinal) + 1)..];
}

/// <summary>
/// Objects with the same kind and name but different guids: to Git-aware commands they are two different objects,
/// so publishing would duplicate one (cli.md: <c>adopt-guids</c> settles it).
/// </summary>
public sealed record GuidCollision(string Key, string LeftGuid, string RightGuid);

/// <summary>Counts for headers and summaries.</summary>
public sealed record DiffSummary(int Added, int Deleted, int Modified, int Renamed, int Changes)
{
    public int Items => Added + Deleted + Modified + Renamed;
}

/// <summary>The result of comparing two workspace sides: the items that differ, sorted by key.</summary>
public sealed record DiffReport(
    string Left,
    string Right,
    IReadOnlyList<ItemDiff> Items,
    IReadOnlyList<GuidCollision> Collisions,
    IReadOnlyList<Diagnostic> Problems)
{
    public bool HasDifferences => Items.Count > 0 || Collisions.Count > 0;

    public DiffSummary Summary => new(
        Items.Count(i => i.Status == ItemStatus.Added),
        Items.Count(i => i.Status == ItemStatus.Deleted),
        Items.Count(i => i.Status == ItemStatus.Modified),
        Items.Count(i => i.Status == ItemStatus.Renamed),
        Items.Sum(i => i.Changes.Count));
}

/// <summary>
/// <see cref="Item"/>: only this item (a key such as <c>api:orders/create</c>, or <c>manifest</c>); a renamed item
/// is found by its new or its old key.
/// </summary>
public sealed record DiffOptions(string? Item = null)
{
    public static DiffOptions Default { get; } = new();
}

/// <summary>The lower-case words reports use for the enums.</summary>
public static class DiffWords
{
    public static string Word(this ItemStatus status) => status.ToString().ToLowerInvariant();

    public static string Word(this ChangeKind kind) => kind.ToString().ToLowerInvariant();

    public static string Word(this ChangeType change) => change.ToString().ToLowerInvariant();
}
