using Newtonsoft.Json.Linq;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

/// <summary>A table's records merged by id: the result is in id order, whatever order the sides added them in.</summary>
public class RecordsMergeTests
{
    private static JObject[] Records(params int[] ids) => ids.Select(id => new JObject { ["id"] = id }).ToArray();

    [Fact]
    public void Records_added_on_both_sides_come_out_sorted_by_id()
    {
        var result = RecordsMerge.Merge(Records(2), Records(2, 3), Records(2, 1), MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal([1, 2, 3], result.Merged!.Select(r => (int)r["id"]!));
    }
}
