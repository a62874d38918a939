using XanoLink.Model;

namespace XanoLink.Selection;

/// <summary>
/// An item that dependencies brought into the selection, with the selected items that need it directly
/// (sorted) and, in the same order, the reference of each (what it says and where it is written).
/// </summary>
public sealed record AutoIncluded(ItemKey Item, IReadOnlyList<ItemKey> RequiredBy)
{
    public IReadOnlyList<Reference> Reasons { get; init; } = [];
}

/// <summary>Records chosen for one table: all, or the listed ids (as JSON text).</summary>
public sealed record RecordChoice(string Table, bool All, IReadOnlyList<string> Ids);

/// <summary>
/// What publish sends: the closed selection (sorted), the part of it dependencies added (and why),
/// and the records per table. Tables not in <see cref="Records"/> travel as schema only.
/// </summary>
public sealed record Selection(
    IReadOnlyList<ItemKey> Selected,
    IReadOnlyList<ItemKey> Explicit,
    IReadOnlyList<AutoIncluded> AutoIncluded,
    IReadOnlyDictionary<string, RecordChoice> Records)
{
    public bool Contains(ItemKey key) => Selected.BinarySearch(key) >= 0;
}

internal static class ListSearch
{
    public static int BinarySearch(this IReadOnlyList<ItemKey> list, ItemKey key)
    {
        var lo = 0;
        var hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            var c = list[mid].CompareTo(key);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }
}
