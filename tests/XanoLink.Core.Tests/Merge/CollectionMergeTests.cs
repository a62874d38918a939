using Newtonsoft.Json.Linq;
using XanoLink.Json;
using XanoLink.Merge;

namespace XanoLink.Core.Tests.Merge;

/// <summary>Collections with an identity (indexes, steps, inputs) merged member by member, with their order merged too.</summary>
public class CollectionMergeTests
{
    private static JObject J(string json) => JObject.Parse(json);

    private static string Ops(ObjectMergeResult result, string property = "steps") =>
        string.Join(" | ", ((JArray)result.Merged![property]!).Select(s => CanonicalJson.Compact(s)));

    private static JObject Steps(params string[] steps) => J($$"""{ "guid": "f", "name": "f", "steps": [ {{string.Join(", ", steps)}} ] }""");

    private const string GetOrder = """{ "op": "db.get", "table": "order", "as": "x" }""";
    private const string GetProduct = """{ "op": "db.get", "table": "product", "as": "x" }""";
    private const string RunA = """{ "op": "function.run", "function": "a" }""";
    private const string RunB = """{ "op": "function.run", "function": "b" }""";
    private const string AddonA = """{ "op": "addon.run", "addon": "a" }""";
    private const string AddonB = """{ "op": "addon.run", "addon": "b" }""";
    private const string SetSum = """{ "op": "var.update", "var": "sum", "value": 1 }""";
    private const string SetTotal = """{ "op": "var.update", "var": "total", "value": 1 }""";
    private const string Return = """{ "op": "return", "value": "$x" }""";

    private static string Edited(string step, string key, string value)
    {
        var o = J(step);
        o[key] = value;
        return CanonicalJson.Compact(o);
    }

    [Fact]
    public void A_step_moved_in_theirs_and_edited_in_ours_lands_where_theirs_put_it_with_the_edit()
    {
        var b = Steps(GetOrder, RunA, RunB, Return);
        var ours = Steps(GetOrder, RunA, Edited(RunB, "note", "edited"), Return);
        var theirs = Steps(RunB, GetOrder, RunA, Return);

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal(
            """{"op":"function.run","function":"b","note":"edited"} | {"op":"db.get","table":"order","as":"x"} | {"op":"function.run","function":"a"} | {"op":"return","value":"$x"}""",
            Ops(result));
    }

    [Fact]
    public void Steps_on_different_tables_functions_addons_or_variables_are_different_members()
    {
        var b = Steps(GetOrder, RunA, AddonA, SetTotal);
        var ours = Steps(Edited(GetOrder, "by", "id"), GetProduct, RunA, AddonA, AddonB, SetTotal);
        var theirs = Steps(GetOrder, Edited(RunA, "note", "r"), RunB, AddonA, Edited(SetTotal, "value", "2"), SetSum);

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal(
            string.Join(" | ", [
                """{"op":"db.get","table":"order","as":"x","by":"id"}""", """{"op":"db.get","table":"product","as":"x"}""",
                """{"op":"function.run","function":"a","note":"r"}""", """{"op":"function.run","function":"b"}""",
                """{"op":"addon.run","addon":"a"}""", """{"op":"addon.run","addon":"b"}""",
                """{"op":"var.update","var":"total","value":"2"}""", """{"op":"var.update","var":"sum","value":1}"""]),
            Ops(result));
    }

    [Fact]
    public void A_step_changed_two_ways_is_named_by_op_target_and_name_in_the_conflict()
    {
        var b = Steps(GetOrder, AddonA, SetTotal, """{ "op": "noop" }""", """{ "value": 1 }""");
        var ours = Steps(Edited(GetOrder, "by", "id"), Edited(AddonA, "x", "1"), Edited(SetTotal, "value", "2"), """{ "op": "noop", "n": 1 }""", """{ "value": 2 }""");
        var theirs = Steps(Edited(GetOrder, "by", "code"), Edited(AddonA, "x", "2"), Edited(SetTotal, "value", "3"), """{ "op": "noop", "n": 2 }""", """{ "value": 3 }""");

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Equal(
            ["steps[db.get order as x].by", "steps[addon.run a].x", "steps[var.update total].value", "steps[noop].n", "steps[step].value"],
            result.Conflicts.Select(c => c.Path));
    }

    [Fact]
    public void Repeated_steps_are_told_apart_by_their_place_among_equals()
    {
        var b = Steps(SetTotal, SetTotal, Return);
        var ours = Steps(Edited(SetTotal, "value", "first"), SetTotal, Return);
        var theirs = Steps(SetTotal, Edited(SetTotal, "value", "second"), Return);

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal(["first", "second", "$x"], ((JArray)result.Merged!["steps"]!).Select(s => (string)s["value"]!));
    }

    [Fact]
    public void Indexes_added_on_both_sides_and_edited_on_one_merge_by_type_and_fields()
    {
        var b = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "btree", "fields": ["a"] }, { "type": "gin", "fields": ["tags"] } ] }""");
        var ours = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "btree", "fields": ["a"], "note": "o" }, { "type": "gin", "fields": ["tags"] }, { "type": "btree", "fields": ["a", "b"] } ] }""");
        var theirs = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "btree|unique", "fields": ["a"] }, { "type": "btree", "fields": ["a"] }, { "type": "gin", "fields": ["tags"] }, { "fields": [1] } ] }""");

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal(
            """{"type":"btree|unique","fields":["a"]} | {"type":"btree","fields":["a"],"note":"o"} | {"type":"gin","fields":["tags"]} | {"type":"btree","fields":["a","b"]} | {"fields":[1]}""",
            Ops(result, "indexes"));
    }

    [Fact]
    public void The_same_index_changed_two_ways_is_a_conflict_at_its_type_and_fields()
    {
        var b = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "btree", "fields": ["a", "b"] } ] }""");
        var ours = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "btree", "fields": ["a", "b"], "name": "x" } ] }""");
        var theirs = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "btree", "fields": ["a", "b"], "name": "y" } ] }""");

        Assert.Equal("indexes[btree(a,b)].name", Assert.Single(ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail).Conflicts).Path);
    }

    [Fact]
    public void Fields_inputs_and_tenants_match_by_name_and_other_arrays_are_whole_values()
    {
        var b = J("""{ "guid": "t", "name": "t", "tenants": [ { "name": "acme", "x": 1 } ], "tags": ["a"], "list": [ { "name": "n", "v": 1 } ] }""");
        var ours = J("""{ "guid": "t", "name": "t", "tenants": [ { "name": "acme", "x": 2 } ], "tags": ["a", "o"], "list": [ { "name": "n", "v": 2 } ] }""");
        var theirs = J("""{ "guid": "t", "name": "t", "tenants": [ { "name": "acme", "x": 1 }, { "name": "beta" } ], "tags": ["a", "t"], "list": [ { "name": "n", "v": 1 }, { "name": "m" } ] }""");

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Equal(["tags", "list"], result.Conflicts.Select(c => c.Path));
        Assert.Equal("""{"name":"acme","x":2} | {"name":"beta"}""", Ops(result, "tenants"));
    }

    [Fact]
    public void A_collection_with_a_member_lacking_its_identity_is_one_value()
    {
        var b = J("""{ "guid": "t", "name": "t", "fields": [ { "name": "id" } ] }""");
        var ours = J("""{ "guid": "t", "name": "t", "fields": [ { "name": "id" }, { "type": "text" } ] }""");
        var theirs = J("""{ "guid": "t", "name": "t", "fields": [ { "name": "id" }, { "name": "x" } ] }""");
        var scalarMember = J("""{ "guid": "t", "name": "t", "steps": [ 1 ] }""");
        var otherStep = J("""{ "guid": "t", "name": "t", "steps": [ { "op": "a" } ] }""");
        var indexScalar = J("""{ "guid": "t", "name": "t", "indexes": [ "a" ] }""");
        var otherIndex = J("""{ "guid": "t", "name": "t", "indexes": [ { "type": "b" } ] }""");

        Assert.Equal("fields", Assert.Single(ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail).Conflicts).Path);
        Assert.Equal("fields", Assert.Single(ObjectMerge.Merge(b, theirs, ours, MergePolicy.Fail).Conflicts).Path);
        Assert.Equal("steps", Assert.Single(ObjectMerge.Merge(null, scalarMember, otherStep, MergePolicy.Fail).Conflicts).Path);
        Assert.Equal("indexes", Assert.Single(ObjectMerge.Merge(null, indexScalar, otherIndex, MergePolicy.Fail).Conflicts).Path);
    }

    [Fact]
    public void A_member_deleted_in_ours_and_edited_in_theirs_goes_back_after_the_member_it_follows_when_theirs_wins()
    {
        var b = Steps(GetOrder, RunA, RunB, Return);
        var ours = Steps(GetOrder, RunB, Return);
        var theirs = Steps(GetOrder, Edited(RunA, "note", "r"), RunB, Return);
        var theirsFirst = Steps(Edited(GetOrder, "by", "y"), RunA, RunB, Return);

        var tookTheirs = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Theirs);
        var firstBack = ObjectMerge.Merge(b, Steps(RunA, RunB, Return), theirsFirst, MergePolicy.Theirs);

        Assert.Equal(["db.get", "function.run", "function.run", "return"], ((JArray)tookTheirs.Merged!["steps"]!).Select(s => (string)s["op"]!));
        Assert.Equal("r", (string)tookTheirs.Merged!["steps"]![1]!["note"]!);
        Assert.Equal(["db.get", "function.run", "function.run", "return"], ((JArray)firstBack.Merged!["steps"]!).Select(s => (string)s["op"]!));
    }

    [Fact]
    public void Two_members_inserted_at_one_place_keep_the_preferred_sides_first()
    {
        var b = Steps(GetOrder, Return);
        var ours = Steps(GetOrder, RunA, Return);
        var theirs = Steps(GetOrder, RunB, Return);

        Assert.Equal(
            """{"op":"db.get","table":"order","as":"x"} | {"op":"function.run","function":"a"} | {"op":"function.run","function":"b"} | {"op":"return","value":"$x"}""",
            Ops(ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail)));
        Assert.Equal(
            """{"op":"db.get","table":"order","as":"x"} | {"op":"function.run","function":"b"} | {"op":"function.run","function":"a"} | {"op":"return","value":"$x"}""",
            Ops(ObjectMerge.Merge(b, ours, theirs, MergePolicy.Theirs)));
    }

    [Fact]
    public void The_same_member_added_on_both_sides_is_placed_once()
    {
        var b = Steps(GetOrder, Return);
        var ours = Steps(GetOrder, RunA, RunB, Return);
        var theirs = Steps(GetOrder, RunA, Return);

        Assert.Equal(
            """{"op":"db.get","table":"order","as":"x"} | {"op":"function.run","function":"a"} | {"op":"function.run","function":"b"} | {"op":"return","value":"$x"}""",
            Ops(ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail)));
    }
    [Fact]
    public void A_step_is_named_by_its_table_else_function_else_addon_else_variable()
    {
        static JObject Side(string v) => Steps(
            $$"""{ "op": "x", "table": "t", "function": "f", "addon": "a", "var": "v", "value": "{{v}}" }""",
            $$"""{ "op": "x", "function": "f", "addon": "a", "var": "v", "value": "{{v}}" }""",
            $$"""{ "op": "x", "addon": "a", "var": "v", "value": "{{v}}" }""",
            $$"""{ "op": "x", "var": "v", "as": "n", "value": "{{v}}" }""");

        var result = ObjectMerge.Merge(Side("b"), Side("o"), Side("t"), MergePolicy.Fail);

        Assert.Equal(["steps[x t].value", "steps[x f].value", "steps[x a].value", "steps[x v as n].value"], result.Conflicts.Select(c => c.Path));
    }

    [Fact]
    public void Else_branches_and_loop_steps_merge_member_by_member()
    {
        static JObject Side(string elseSteps, string loopSteps) =>
            Steps($$"""{ "op": "conditional", "if": "$x", "then": [], "else": [ {{elseSteps}} ] }""", $$"""{ "op": "foreach", "steps": [ {{loopSteps}} ] }""");

        var b = Side(RunA, GetOrder);
        var ours = Side(Edited(RunA, "note", "o"), $"{GetOrder}, {RunB}");
        var theirs = Side($"{RunA}, {RunB}", Edited(GetOrder, "by", "t"));

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.False(result.HasUnresolvedConflicts);
        Assert.Equal(
            """{"op":"function.run","function":"a","note":"o"} | {"op":"function.run","function":"b"}""",
            string.Join(" | ", ((JArray)result.Merged!["steps"]![0]!["else"]!).Select(s => CanonicalJson.Compact(s))));
        Assert.Equal(
            """{"op":"db.get","table":"order","as":"x","by":"t"} | {"op":"function.run","function":"b"}""",
            string.Join(" | ", ((JArray)result.Merged!["steps"]![1]!["steps"]!).Select(s => CanonicalJson.Compact(s))));
    }

    [Fact]
    public void Member_conflicts_say_how_each_side_changed_it()
    {
        var b = J("""{ "guid": "f", "name": "f", "active": true }""");
        var ours = J("""{ "guid": "f", "name": "f", "active": false, "description": "o" }""");
        var theirs = J("""{ "guid": "f", "name": "f", "description": "t" }""");

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Equal(
            ["active: changed in ours, deleted in theirs", "description: added differently on both sides"],
            result.Conflicts.Select(c => $"{c.Path}: {c.Description}"));
    }

    [Fact]
    public void Keys_both_sides_added_come_in_the_preferred_sides_order()
    {
        var b = J("""{ "guid": "f", "name": "f" }""");
        var ours = J("""{ "guid": "f", "name": "f", "x_ours": 1 }""");
        var theirs = J("""{ "guid": "f", "name": "f", "x_theirs": 2 }""");

        Assert.Equal(["guid", "name", "x_ours", "x_theirs"], ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail).Merged!.Properties().Select(p => p.Name));
        Assert.Equal(["guid", "name", "x_theirs", "x_ours"], ObjectMerge.Merge(b, ours, theirs, MergePolicy.Theirs).Merged!.Properties().Select(p => p.Name));
    }

    [Fact]
    public void Three_steps_with_one_identity_stay_three_and_keep_their_own_edits()
    {
        string Sum(int value) => Edited(SetSum, "value", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var b = Steps(Sum(1), Sum(2), Sum(3));
        var ours = Steps(Sum(1), Sum(2), Sum(30));
        var theirs = Steps(Sum(1), Sum(2), Sum(3), Return);

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        Assert.Empty(result.Conflicts);
        Assert.Equal(string.Join(" | ", Sum(1), Sum(2), Sum(30), CanonicalJson.Compact(J(Return))), Ops(result));
    }

    [Fact]
    public void Steps_reordered_past_the_alignment_budget_are_one_conflict_on_the_whole_list()
    {
        var steps = Enumerable.Range(0, 2100).Select(i => $$"""{ "op": "var.update", "var": "v{{i}}", "value": {{i}} }""").ToArray();
        var b = Steps(steps);
        var ours = Steps(steps.Reverse().ToArray());
        var theirs = Steps([Edited(steps[0], "note", "edited"), .. steps[1..]]);

        var result = ObjectMerge.Merge(b, ours, theirs, MergePolicy.Fail);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("steps", "reordered on both sides past what can be merged member by member (thousands of moves); the whole list is one conflict"), (conflict.Path, conflict.Description));
        Assert.Equal(ConflictResolution.Unresolved, conflict.Resolution);
        Assert.True(JToken.DeepEquals(ours["steps"], result.Merged!["steps"]));
    }
}
