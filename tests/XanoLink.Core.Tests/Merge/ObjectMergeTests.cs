using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

public class ObjectMergeTests
{
    private const string Product = """
        { "guid": "t-product", "name": "product", "fields": [
          { "name": "id", "type": "int" }, { "name": "name", "type": "text" }, { "name": "price", "type": "decimal" } ] }
        """;

    private const string Stack = """
        { "guid": "f-calc", "name": "calc", "inputs": [ { "name": "order_id", "type": "int" } ], "steps": [
          { "op": "db.get", "table": "order", "as": "order" },
          { "op": "var.create", "as": "total", "value": "$order.total" },
          { "op": "conditional", "if": "$total > 100", "then": [ { "op": "var.update", "var": "total", "value": "$total * 0.95" } ], "else": [] },
          { "op": "return", "value": "$total" } ] }
        """;

    private static JObject J(string json) => JObject.Parse(json);

    private static JObject Edit(string json, Action<JObject> change)
    {
        var obj = J(json);
        change(obj);
        return obj;
    }

    private static string Text(JToken? token) => token is null ? "(deleted)" : CanonicalJson.ToText(token);

    [Fact]
    public void A_field_added_in_ours_and_an_input_edited_in_theirs_combine()
    {
        var b = J(Stack);
        var ours = Edit(Stack, o => ((JArray)o["inputs"]!).Add(J("""{ "name": "coupon", "type": "text" }""")));
        var theirs = Edit(Stack, o => o["inputs"]![0]!["required"] = true);

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal(CanonicalJson.Compact(JArray.Parse("""[ { "name": "order_id", "type": "int", "required": true }, { "name": "coupon", "type": "text" } ]""")), CanonicalJson.Compact(result.Merged!["inputs"]));
    }

    [Fact]
    public void A_table_field_added_on_one_side_and_another_field_edited_on_the_other_both_land()
    {
        var ours = Edit(Product, o => ((JArray)o["fields"]!).Add(J("""{ "name": "stock", "type": "int" }""")));
        var theirs = Edit(Product, o => o["fields"]![1]!["required"] = true);

        var result = ObjectMerge.Merge(J(Product), ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Approvals_like(result.Merged, """
            { "guid": "t-product", "name": "product", "fields": [
              { "name": "id", "type": "int" }, { "name": "name", "type": "text", "required": true }, { "name": "price", "type": "decimal" },
              { "name": "stock", "type": "int" } ] }
            """);
    }

    [Fact]
    public void The_same_field_type_changed_two_ways_is_a_conflict_at_its_member_path()
    {
        var ours = Edit(Product, o => o["fields"]![2]!["type"] = "int");
        var theirs = Edit(Product, o => o["fields"]![2]!["type"] = "text");

        var failed = ObjectMerge.Merge(J(Product), ours, theirs, MergePolicy.Fail);
        var tookTheirs = ObjectMerge.Merge(J(Product), ours, theirs, MergePolicy.Theirs);

        var conflict = Assert.Single(failed.Conflicts);
        Assert.Equal("fields[price].type", conflict.Path);
        Assert.Equal("changed differently on both sides", conflict.Description);
        Assert.Equal(("int", "text"), ((string)conflict.Ours!, (string)conflict.Theirs!));
        Assert.True(failed.HasUnresolvedConflicts);
        Assert.Equal("int", (string)failed.Merged!["fields"]![2]!["type"]!);
        Assert.False(tookTheirs.HasUnresolvedConflicts);
        Assert.Equal("text", (string)tookTheirs.Merged!["fields"]![2]!["type"]!);
    }

    [Fact]
    public void A_step_inserted_in_ours_and_another_step_edited_in_theirs_both_land()
    {
        var ours = Edit(Stack, o => ((JArray)o["steps"]!).Insert(1, J("""{ "op": "function.run", "function": "billing/discount", "as": "discounted" }""")));
        var theirs = Edit(Stack, o => o["steps"]![1]!["value"] = "$order.subtotal");

        var result = ObjectMerge.Merge(J(Stack), ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        var steps = (JArray)result.Merged!["steps"]!;
        Assert.Equal(["db.get", "function.run", "var.create", "conditional", "return"], steps.Select(s => (string)s["op"]!));
        Assert.Equal("$order.subtotal", (string)steps[2]["value"]!);
    }

    [Fact]
    public void Nested_steps_merge_inside_a_conditional()
    {
        var ours = Edit(Stack, o => ((JArray)o["steps"]![2]!["else"]!).Add(J("""{ "op": "var.update", "var": "total", "value": "$total" }""")));
        var theirs = Edit(Stack, o => o["steps"]![2]!["then"]![0]!["value"] = "$total * 0.9");

        var result = ObjectMerge.Merge(J(Stack), ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        var conditional = result.Merged!["steps"]![2]!;
        Assert.Equal("$total * 0.9", (string)conditional["then"]![0]!["value"]!);
        Assert.Single((JArray)conditional["else"]!);
    }

    [Fact]
    public void A_step_edited_two_ways_names_the_step_in_the_conflict()
    {
        var ours = Edit(Stack, o => o["steps"]![2]!["then"]![0]!["value"] = "$total * 0.9");
        var theirs = Edit(Stack, o => o["steps"]![2]!["then"]![0]!["value"] = "$total * 0.8");

        var conflict = Assert.Single(ObjectMerge.Merge(J(Stack), ours, theirs, MergePolicy.Fail).Conflicts);

        Assert.Equal("steps[conditional].then[var.update total].value", conflict.Path);
    }

    [Fact]
    public void A_field_deleted_in_ours_and_edited_in_theirs_is_a_conflict()
    {
        var ours = Edit(Product, o => o["fields"]![2]!.Remove());
        var theirs = Edit(Product, o => o["fields"]![2]!["description"] = "gross");

        var failed = ObjectMerge.Merge(J(Product), ours, theirs, MergePolicy.Fail);
        var tookTheirs = ObjectMerge.Merge(J(Product), ours, theirs, MergePolicy.Theirs);

        var conflict = Assert.Single(failed.Conflicts);
        Assert.Equal("fields[price]", conflict.Path);
        Assert.Equal("deleted in ours, changed in theirs", conflict.Description);
        Assert.Null(conflict.Ours);
        Assert.Equal(2, ((JArray)failed.Merged!["fields"]!).Count);
        Assert.Equal(["id", "name", "price"], tookTheirs.Merged!["fields"]!.Select(f => (string)f["name"]!));
    }

    [Fact]
    public void An_object_deleted_in_one_side_and_edited_in_the_other_is_a_whole_item_conflict()
    {
        var theirs = Edit(Product, o => o["description"] = "Items");

        var result = ObjectMerge.Merge(J(Product), null, theirs, MergePolicy.Fail);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("", conflict.Path);
        Assert.Null(result.Merged);
    }

    [Fact]
    public void An_object_deleted_on_one_side_and_untouched_on_the_other_is_deleted()
    {
        var result = ObjectMerge.Merge(J(Product), J(Product), null, MergePolicy.Fail);

        Assert.Null(result.Merged);
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Indexes_match_by_type_and_fields_and_scalar_arrays_are_whole_values()
    {
        const string Base = """{ "guid": "t", "name": "t", "fields": [ { "name": "status", "type": "enum", "values": ["a", "b"] } ], "indexes": [ { "type": "btree", "fields": ["status"] } ] }""";
        var ours = Edit(Base, o => ((JArray)o["indexes"]!).Add(J("""{ "type": "btree|unique", "fields": ["id"] }""")));
        var theirs = Edit(Base, o => o["fields"]![0]!["values"] = new JArray("a", "b", "c"));
        var both = Edit(Base, o => o["fields"]![0]!["values"] = new JArray("a", "x"));

        var clean = ObjectMerge.Merge(J(Base), ours, theirs, MergePolicy.Fail);
        var conflicting = ObjectMerge.Merge(J(Base), both, theirs, MergePolicy.Fail);

        Assert.Empty(clean.Conflicts);
        Assert.Equal(2, ((JArray)clean.Merged!["indexes"]!).Count);
        Assert.Equal(3, ((JArray)clean.Merged!["fields"]![0]!["values"]!).Count);
        Assert.Equal("fields[status].values", Assert.Single(conflicting.Conflicts).Path);
    }

    [Fact]
    public void Other_properties_merge_by_key_recursively()
    {
        const string Base = """{ "guid": "k", "name": "k", "active": true, "schedule": { "start": "2025-01-01T00:00:00Z", "every": "1h" }, "response": { "total": "$total" } }""";
        var ours = Edit(Base, o => o["schedule"]!["every"] = "2h");
        var theirs = Edit(Base, o =>
        {
            o["schedule"]!["start"] = "2025-02-01T00:00:00Z";
            o["response"]!["count"] = "$count";
        });

        var result = ObjectMerge.Merge(J(Base), ours, theirs, MergePolicy.Fail);

        Approvals_like(result.Merged, """{ "guid": "k", "name": "k", "active": true, "schedule": { "start": "2025-02-01T00:00:00Z", "every": "2h" }, "response": { "total": "$total", "count": "$count" } }""");
    }

    private static void Approvals_like(JToken? actual, string expected) => Assert.Equal(Text(J(expected)), Text(actual));
}
