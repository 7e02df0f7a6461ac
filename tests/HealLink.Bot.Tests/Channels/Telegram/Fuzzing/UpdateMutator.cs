namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// Breaks a valid-looking update in place: drops fields, gives them values of the wrong type (strings for numbers,
/// objects for strings, arrays, nulls, numbers beyond long, floats), makes texts oversized, and buries values deep,
/// keeping the whole no deeper than a reader is expected to read.
/// </summary>
internal sealed class UpdateMutator(FuzzValues values, int maxDepth)
{
    public FuzzMutations Mutate(FuzzNode.Fields update)
    {
        var done = FuzzMutations.None;
        var count = values.Random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            var places = Places(update, depth: 1).ToList();
            if (places.Count == 0)
            {
                // Everything was dropped: {} is as strange as it gets.
                break;
            }

            var (parent, index, depth) = values.Pick(places);
            var mutation = values.Pick([FuzzMutations.DroppedField, FuzzMutations.MistypedField, FuzzMutations.MistypedField, FuzzMutations.OversizedText, FuzzMutations.DeepNesting]);
            switch (mutation)
            {
                case FuzzMutations.DroppedField when parent is FuzzNode.Fields fields:
                    fields.Members.RemoveAt(index);
                    break;
                case FuzzMutations.DroppedField when parent is FuzzNode.Items items:
                    items.Values.RemoveAt(index);
                    break;
                case FuzzMutations.MistypedField:
                    Replace(parent, index, Mistyped(Get(parent, index)));
                    break;
                case FuzzMutations.OversizedText:
                    Replace(parent, index, FuzzNode.Of(values.Oversized()));
                    break;
                case FuzzMutations.DeepNesting when maxDepth - depth > 2:
                    Replace(parent, index, values.Nested(values.Random.Next(1, maxDepth - depth - 1), values.Any(depth: 0)));
                    break;
                default:
                    continue;
            }

            done |= mutation;
        }

        return done;
    }

    /// <summary>A value of another type than the one there, or a strange one of the same type.</summary>
    private FuzzNode Mistyped(FuzzNode current) => values.Random.Next(7) switch
    {
        0 => FuzzNode.Of(current is FuzzNode.Leaf leaf ? leaf.Json : values.String()),
        1 => new FuzzNode.Fields([("text", current)]),
        2 => new FuzzNode.Items([current]),
        3 => FuzzNode.Null,
        4 => values.Number(),
        5 => FuzzNode.Of(values.Chance(0.5)),
        _ => values.Any(depth: 2),
    };

    /// <summary>Every member and item below <paramref name="node"/>, with the depth of the value in it.</summary>
    private static IEnumerable<(FuzzNode Parent, int Index, int Depth)> Places(FuzzNode node, int depth)
    {
        var children = node switch
        {
            FuzzNode.Fields fields => fields.Members.Select(m => m.Value).ToList(),
            FuzzNode.Items items => items.Values,
            _ => [],
        };
        for (var i = 0; i < children.Count; i++)
        {
            yield return (node, i, depth + 1);
            foreach (var place in Places(children[i], depth + 1))
            {
                yield return place;
            }
        }
    }

    private static FuzzNode Get(FuzzNode parent, int index) =>
        parent is FuzzNode.Fields fields ? fields.Members[index].Value : ((FuzzNode.Items)parent).Values[index];

    private static void Replace(FuzzNode parent, int index, FuzzNode value)
    {
        if (parent is FuzzNode.Fields fields)
        {
            fields.Members[index] = (fields.Members[index].Name, value);
        }
        else
        {
            ((FuzzNode.Items)parent).Values[index] = value;
        }
    }
}
