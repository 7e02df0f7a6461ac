using System.Runtime.InteropServices;

namespace HealLink.Core.Matching.Embeddings.Onnx;

/// <summary>
/// One loaded ONNX model. <see cref="Run"/> may be called from several threads at once, as ONNX Runtime allows.
/// </summary>
public sealed unsafe class OnnxSession : IDisposable
{
    private const int FloatElement = 1;
    private const int Int64Element = 7;
    private const int OptimizeAll = 99;

    private readonly OrtApi _api;
    private readonly OrtSessionHandle _handle;
    private readonly OrtMemoryInfoHandle _cpuMemory;

    private OnnxSession(OnnxRuntimeLibrary runtime, OrtSessionHandle handle)
    {
        _api = runtime.Api;
        _handle = handle;
        _cpuMemory = runtime.CpuMemory;
        InputNames = ReadNames(_api.SessionGetInputCount, _api.SessionGetInputName, "SessionGetInput");
        OutputNames = ReadNames(_api.SessionGetOutputCount, _api.SessionGetOutputName, "SessionGetOutput");
    }

    public IReadOnlyList<string> InputNames { get; }

    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>
    /// Runs the model on int64 inputs that all have the shape [<paramref name="batchSize"/>,
    /// <paramref name="sequenceLength"/>] and returns a copy of the float output named <paramref name="outputName"/>.
    /// </summary>
    public OnnxTensor Run(IReadOnlyList<OnnxInput> inputs, int batchSize, int sequenceLength, string outputName)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegative(sequenceLength);
        foreach (var input in inputs)
        {
            if (input.Values.Length != batchSize * sequenceLength)
            {
                throw new ArgumentException(
                    $"Input '{input.Name}' has {input.Values.Length} values; [{batchSize}, {sequenceLength}] needs " +
                    $"{batchSize * sequenceLength}.", nameof(inputs));
            }
        }

        var names = new nint[inputs.Count + 1];
        var values = new OrtValueHandle?[inputs.Count];
        var addedRef = false;
        try
        {
            _handle.DangerousAddRef(ref addedRef);
            long* shape = stackalloc long[] { batchSize, sequenceLength };
            var rawValues = stackalloc nint[inputs.Count];
            for (var i = 0; i < inputs.Count; i++)
            {
                names[i] = Marshal.StringToCoTaskMemUTF8(inputs[i].Name);
                values[i] = CreateInt64Tensor(inputs[i].Values, shape);
                rawValues[i] = values[i]!.DangerousGetHandle();
            }

            names[^1] = Marshal.StringToCoTaskMemUTF8(outputName);
            nint output = 0;
            fixed (nint* rawNames = names)
            {
                _api.Check(
                    _api.Run(_handle.DangerousGetHandle(), 0, rawNames, rawValues, (nuint)inputs.Count,
                        &rawNames[inputs.Count], 1, &output),
                    "Run");
            }

            using var outputValue = new OrtValueHandle(_api, output);
            return CopyFloatTensor(output);
        }
        finally
        {
            foreach (var value in values)
            {
                value?.Dispose();
            }

            foreach (var name in names)
            {
                Marshal.FreeCoTaskMem(name);
            }

            if (addedRef)
            {
                _handle.DangerousRelease();
            }
        }
    }

    public void Dispose() => _handle.Dispose();

    internal static OnnxSession Open(OnnxRuntimeLibrary runtime, string modelPath, OnnxSessionOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(modelPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.IntraOpThreads, 1);
        var api = runtime.Api;
        using var sessionOptions = CreateOptions(api, options);
        nint session;
        if (OperatingSystem.IsWindows())
        {
            fixed (char* path = modelPath)
            {
                api.Check(api.CreateSession(runtime.Env.DangerousGetHandle(), path, sessionOptions.DangerousGetHandle(), &session), "CreateSession");
            }
        }
        else
        {
            var path = Marshal.StringToCoTaskMemUTF8(modelPath);
            try
            {
                api.Check(api.CreateSession(runtime.Env.DangerousGetHandle(), (void*)path, sessionOptions.DangerousGetHandle(), &session), "CreateSession");
            }
            finally
            {
                Marshal.FreeCoTaskMem(path);
            }
        }

        var handle = new OrtSessionHandle(api, session, runtime.Env, runtime.CpuMemory);
        try
        {
            return new OnnxSession(runtime, handle);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static OrtSessionOptionsHandle CreateOptions(OrtApi api, OnnxSessionOptions options)
    {
        nint raw;
        api.Check(api.CreateSessionOptions(&raw), "CreateSessionOptions");
        var handle = new OrtSessionOptionsHandle(api, raw);
        try
        {
            api.Check(api.SetIntraOpNumThreads(raw, options.IntraOpThreads), "SetIntraOpNumThreads");
            api.Check(api.SetInterOpNumThreads(raw, 1), "SetInterOpNumThreads");
            api.Check(api.SetSessionGraphOptimizationLevel(raw, OptimizeAll), "SetSessionGraphOptimizationLevel");
            var spinning = options.AllowSpinning ? "1\0"u8 : "0\0"u8;
            fixed (byte* key = "session.intra_op.allow_spinning\0"u8)
            fixed (byte* value = spinning)
            {
                api.Check(api.AddSessionConfigEntry(raw, key, value), "AddSessionConfigEntry");
            }

            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private OrtValueHandle CreateInt64Tensor(ReadOnlyMemory<long> values, long* shape)
    {
        // Not copied by ONNX Runtime: the pin travels with the value and is let go only when the value is released.
        var pin = values.Pin();
        nint value;
        try
        {
            _api.Check(
                _api.CreateTensorWithDataAsOrtValue(_cpuMemory.DangerousGetHandle(), pin.Pointer,
                    (nuint)(values.Length * sizeof(long)), shape, 2, Int64Element, &value),
                "CreateTensorWithDataAsOrtValue");
        }
        catch
        {
            pin.Dispose();
            throw;
        }

        return new OrtValueHandle(_api, value, pin);
    }

    // The output's data dies with the value, so it is copied out before the caller releases it.
    private OnnxTensor CopyFloatTensor(nint value)
    {
        nint info;
        _api.Check(_api.GetTensorTypeAndShape(value, &info), "GetTensorTypeAndShape");
        long[] shape;
        try
        {
            int elementType;
            _api.Check(_api.GetTensorElementType(info, &elementType), "GetTensorElementType");
            if (elementType != FloatElement)
            {
                throw new NotSupportedException($"The output has element type {elementType}; only float (1) is read.");
            }

            nuint rank;
            _api.Check(_api.GetDimensionsCount(info, &rank), "GetDimensionsCount");
            shape = new long[(int)rank];
            fixed (long* dimensions = shape)
            {
                _api.Check(_api.GetDimensions(info, dimensions, rank), "GetDimensions");
            }
        }
        finally
        {
            _api.ReleaseTensorTypeAndShapeInfo(info);
        }

        var count = checked((int)shape.Aggregate(1L, (product, dimension) => product * dimension));
        void* data;
        _api.Check(_api.GetTensorMutableData(value, &data), "GetTensorMutableData");
        return new OnnxTensor(new ReadOnlySpan<float>(data, count).ToArray(), shape);
    }

    private string[] ReadNames(
        delegate* unmanaged<nint, nuint*, nint> getCount,
        delegate* unmanaged<nint, nuint, nint, byte**, nint> getName,
        string operation)
    {
        var session = _handle.DangerousGetHandle();
        nuint count;
        _api.Check(getCount(session, &count), operation + "Count");
        nint allocator;
        _api.Check(_api.GetAllocatorWithDefaultOptions(&allocator), "GetAllocatorWithDefaultOptions");
        var names = new string[(int)count];
        for (nuint i = 0; i < count; i++)
        {
            byte* name;
            _api.Check(getName(session, i, allocator, &name), operation + "Name");
            names[(int)i] = Marshal.PtrToStringUTF8((nint)name) ?? "";
            _api.Check(_api.AllocatorFree(allocator, name), "AllocatorFree");
        }

        return names;
    }
}
