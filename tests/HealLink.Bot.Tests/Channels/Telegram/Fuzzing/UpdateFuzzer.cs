namespace HealLink.Bot.Tests.Channels.Telegram.Fuzzing;

/// <summary>
/// A seeded generator of strange Telegram updates: valid-looking updates of every kind the bot reads (and kinds it
/// does not), broken by <see cref="UpdateMutator"/>, and any JSON value at all. The same seed gives the same
/// updates in the same order, so the seed in a failure message replays the run.
/// </summary>
internal sealed class UpdateFuzzer
{
    /// <summary>Deep enough to bury values, shallow enough for a reader's usual limit of 64 with a response around it.</summary>
    public const int DefaultMaxDepth = 48;

    // Weighted towards what the bot reads: texts and button presses.
    private static readonly FuzzCategory[] _categories =
    [
        FuzzCategory.Message, FuzzCategory.Message, FuzzCategory.Message, FuzzCategory.Message,
        FuzzCategory.CallbackQuery, FuzzCategory.CallbackQuery, FuzzCategory.CallbackQuery,
        FuzzCategory.EditedMessage, FuzzCategory.MyChatMember, FuzzCategory.UnknownKind, FuzzCategory.UnknownKind,
    ];

    private readonly FuzzValues _values;
    private readonly UpdateShapes _shapes;
    private readonly UpdateMutator _mutator;
    private readonly int _maxDepth;
    private long _nextUpdateId = 1;
    private int _index;

    public UpdateFuzzer(int seed, int maxDepth = DefaultMaxDepth)
    {
        Seed = seed;
        _maxDepth = maxDepth;
        _values = new FuzzValues(new Random(seed));
        _shapes = new UpdateShapes(_values);
        _mutator = new UpdateMutator(_values, maxDepth);
    }

    public int Seed { get; }

    /// <summary>
    /// The next update. Its update_id, when it has a plain one, counts up from 1: below the fake server's ids and
    /// never negative or near long's end, as Telegram's never are.
    /// </summary>
    public FuzzedUpdate Next()
    {
        while (true)
        {
            var (category, mutations, node) = _values.Chance(0.15) ? RandomValue() : Update();
            if (node.Depth <= _maxDepth)
            {
                return new FuzzedUpdate(_index++, category, mutations, node.ToJson(), node.HasLoneSurrogate);
            }
        }
    }

    public IEnumerable<FuzzedUpdate> Take(int count) => Enumerable.Range(0, count).Select(_ => Next()).ToList();

    private (FuzzCategory, FuzzMutations, FuzzNode) RandomValue() =>
        (FuzzCategory.RandomValue, FuzzMutations.None, _values.Chance(0.1) ? _values.Nested(_values.Random.Next(1, _maxDepth), _values.Any(0)) : _values.Any(depth: 4));

    private (FuzzCategory, FuzzMutations, FuzzNode) Update()
    {
        var category = _values.Pick(_categories);
        var (kind, payload) = _shapes.Payload(category);
        var update = new FuzzNode.Fields([(kind, payload)]);
        var mutations = FuzzMutations.None;
        if (_values.Chance(0.1))
        {
            var (otherKind, otherPayload) = _shapes.Payload(_values.Pick(UpdateShapes.UpdateKinds));
            if (otherKind != kind)
            {
                update.Members.Add((otherKind, otherPayload));
                mutations |= FuzzMutations.ExtraKind;
            }
        }

        if (_values.Chance(0.85))
        {
            mutations |= _mutator.Mutate(update);
        }

        var id = UpdateId();
        if (id is null || id is FuzzNode.Leaf { Json: var json } && !long.TryParse(json, out _))
        {
            mutations |= FuzzMutations.OddUpdateId;
        }

        if (id is not null)
        {
            update.Members.Insert(_values.Chance(0.9) ? 0 : update.Members.Count, ("update_id", id));
        }

        return (category, mutations, update);
    }

    /// <summary>A plain id mostly; else missing (null here), of another type, or a number long cannot hold.</summary>
    private FuzzNode? UpdateId() => _values.Chance(0.85)
        ? FuzzNode.Of(_nextUpdateId++)
        : _values.Random.Next(8) switch
        {
            0 => null,
            1 => FuzzNode.Of(FuzzValues.Id(_nextUpdateId++)),
            2 => new FuzzNode.Leaf("1.5"),
            3 => new FuzzNode.Leaf("9223372036854775808"),
            4 => new FuzzNode.Leaf("123456789012345678901234567890"),
            5 => FuzzNode.Null,
            6 => new FuzzNode.Fields([("id", FuzzNode.Of(_nextUpdateId++))]),
            _ => new FuzzNode.Items([FuzzNode.Of(_nextUpdateId++)]),
        };
}
