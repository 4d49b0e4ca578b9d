#!/usr/bin/env python3
"""Fine-tunes the extractive reader that knowledge-base runs through ONNX Runtime.

A development tool: the product never needs Python. It builds a Hugging Face BertModel from an fp32
BERT-style ONNX file shipped in a LangChain4j embeddings jar (the committed reader: e5-small-v2, 12
layers; the earlier ones: all-MiniLM-L6-v2, 6 layers; the same WordPiece vocabulary), adds a span head (start, end; the
[CLS] position is "no answer", SQuAD 2.0 style), and trains it on windows of sentences like the ones the
product reads: a question against a few neighbouring sentences around an anchor sentence, at most
--max-len tokens. Negative windows (no answer inside) come from the same article, anchored at the sentence
that shares most words with the question, as retrieval would pick it, so that the reader learns to
abstain at article level.

  python train_reader.py train  --onnx e5-small-v2.onnx --tokenizer e5-small-v2-tokenizer.json
  python train_reader.py export --onnx e5-small-v2.onnx --out out/   (writes reader.onnx and reader-int8.onnx)

Checkpoints go to --out every --checkpoint-every steps; `train` resumes from the last one.
"""
import argparse
import hashlib
import json
import math
import os
import random
import re
import sys
import time

import numpy as np
import torch

SQUAD = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "squad")
TRAIN_FILES = ["train.v2.json", "train-extra.v1.json"]
# Articles of train.v2.json kept out of training: thresholds are chosen on them, never on the dev split.
# --holdout-extra N adds N more, drawn with --seed from the rest, for choices that need more questions.
VALIDATION_ARTICLES = ["1973_oil_crisis", "Private_school", "Prime_number"]
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
WORD = re.compile(r"[A-Za-z0-9]+")
STOP = set("the a an of in on at to for by with from and or is was were are be been what which who whom whose "
           "when where why how did do does that this these those it its as into than then there their they he she "
           "his her not no".split())


def log(*parts):
    print(time.strftime("%H:%M:%S"), *parts, flush=True)


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ---------------------------------------------------------------- base weights from the ONNX file

def bert_from_onnx(onnx_path):
    """Maps the embeddings ONNX graph's initializers onto a BertModel (see the reader issue)."""
    import onnx
    from onnx import numpy_helper

    graph = onnx.load(onnx_path).graph
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state = {k: torch.from_numpy(v.copy()) for k, v in weights.items() if not k.startswith("onnx::")}
    # An anonymous MatMul weight is named by the bias of the Add that consumes the MatMul's output.
    producer = {}
    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1].startswith("onnx::"):
            producer[node.output[0]] = node.input[1]
    for node in graph.node:
        if node.op_type == "Add":
            matmul = next((producer[i] for i in node.input if i in producer), None)
            bias = next((i for i in node.input if i.endswith(".bias")), None)
            if matmul and bias:
                state[bias[: -len(".bias")] + ".weight"] = torch.from_numpy(weights[matmul].T.copy())
    model = small_bert(layer_count(state))
    state.pop("embeddings.position_ids", None)
    missing, unexpected = model.load_state_dict(state, strict=False)
    missing = [m for m in missing if "position_ids" not in m]
    if missing or unexpected:
        sys.exit(f"ONNX weights do not map onto BERT: missing {missing}, unexpected {unexpected}")
    return model


def layer_count(state, prefix="encoder.layer."):
    return 1 + max(int(k[len(prefix):].split(".")[0]) for k in state if k.startswith(prefix))


def small_bert(layers):
    """The shape shared by all-MiniLM-L6-v2 (6 layers), e5-small-v2 and bge-small-en-v1.5 (12): 384 wide."""
    from transformers import BertConfig, BertModel
    config = BertConfig(vocab_size=30522, hidden_size=384, num_hidden_layers=layers, num_attention_heads=12,
                        intermediate_size=1536, max_position_embeddings=512, type_vocab_size=2,
                        layer_norm_eps=1e-12)
    return BertModel(config, add_pooling_layer=False)


def reader_state(path):
    """A SpanReader's weights from an exported reader (.onnx, fp32 or int8) or a training checkpoint (.pt)."""
    if path.endswith(".onnx"):
        return reader_state_from_onnx(path)
    return torch.load(path, weights_only=False, map_location="cpu")["model"]


def reader_from_state(state):
    model = SpanReader(small_bert(layer_count(state, "bert.encoder.layer.")))
    model.load_state_dict(state)
    return model


def student_state(teacher, layers):
    """A shallower reader's first weights: the teacher's embeddings, span head and `layers` of its layers,
    evenly spaced from the first to the last (so the span head still reads the layer it was trained on)."""
    depth = layer_count(teacher, "bert.encoder.layer.")
    picked = [round(i * (depth - 1) / (layers - 1)) for i in range(layers)]
    state = {}
    for k, v in teacher.items():
        if not k.startswith("bert.encoder.layer."):
            state[k] = v
            continue
        layer, rest = k[len("bert.encoder.layer."):].split(".", 1)
        if int(layer) in picked:
            state[f"bert.encoder.layer.{picked.index(int(layer))}.{rest}"] = v
    return state, picked


def reader_state_from_onnx(onnx_path):
    """A SpanReader state dict read back from an exported reader, fp32 or dynamic int8 (dequantised).

    Lets a run continue from a committed model when its fp32 checkpoint is gone. As in bert_from_onnx, an
    anonymous MatMul weight is named by the bias of the Add it feeds, here through the Cast and Mul nodes
    that dynamic quantisation puts between them.
    """
    import onnx
    from onnx import numpy_helper
    graph = onnx.load(onnx_path).graph
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}

    def dequantised(name):
        q = weights[name + "_quantized"].astype(np.float32)
        return (q - weights[name + "_zero_point"].astype(np.float32)) * weights[name + "_scale"]

    state = {}
    for name, value in weights.items():
        if name.startswith("onnx::") or name.endswith(("_scale", "_zero_point")):
            continue
        if name.endswith("_quantized"):
            state[name[: -len("_quantized")]] = dequantised(name[: -len("_quantized")])
        else:
            state[name] = value
    consumers = {}
    for node in graph.node:
        for i in node.input:
            consumers.setdefault(i, []).append(node)
    for node in graph.node:
        if node.op_type not in ("MatMul", "MatMulInteger") or not node.input[1].startswith("onnx::"):
            continue
        name = node.input[1]
        matrix = dequantised(name[: -len("_quantized")]) if name.endswith("_quantized") else weights[name]
        frontier, bias = [node.output[0]], None
        for _ in range(4):  # MatMulInteger -> Cast -> Mul -> Mul -> Add at most
            nxt = []
            for out in frontier:
                for c in consumers.get(out, []):
                    if c.op_type == "Add":
                        bias = next((i for i in c.input if i.endswith(".bias")), bias)
                    nxt += list(c.output)
            if bias:
                break
            frontier = nxt
        if not bias:
            sys.exit(f"{onnx_path}: no bias found after {name}")
        state[bias[: -len(".bias")] + ".weight"] = matrix.T.copy()
    return {k: torch.from_numpy(np.array(v, dtype=v.dtype)) for k, v in state.items()}


class SpanReader(torch.nn.Module):
    def __init__(self, bert):
        super().__init__()
        self.bert = bert
        self.span = torch.nn.Linear(bert.config.hidden_size, 2)

    def forward(self, input_ids, attention_mask, token_type_ids):
        hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                           token_type_ids=token_type_ids).last_hidden_state
        start, end = self.span(hidden).unbind(-1)
        return start, end


def load_tokenizer(path):
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(path)
    tok.no_padding()
    tok.no_truncation()
    return tok


# ---------------------------------------------------------------- windows like the product reads

def sentences(text):
    """Character spans of sentences (a rough stand-in for the product's OpenNLP detector)."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if e > s]


def content_words(text):
    return {w.lower() for w in WORD.findall(text) if w.lower() not in STOP}


def grow_window(sents, lengths, anchor, budget, rng):
    """Neighbouring sentences around the anchor while they fit the token budget."""
    lo = hi = anchor
    used = lengths[anchor]
    while True:
        options = [i for i in (hi + 1, lo - 1) if 0 <= i < len(sents) and used + lengths[i] <= budget]
        if not options:
            return lo, hi
        pick = options[0] if rng is None or len(options) == 1 else rng.choice(options)
        used += lengths[pick]
        lo, hi = min(lo, pick), max(hi, pick)


def article_windows(article, tok, max_len, rng, negatives_per_question, positives_per_question=1):
    """Training windows of one article: (question, context, answer start, answer text or None)."""
    paras = []
    for p in article["paragraphs"]:
        ctx = p["context"]
        sents = sentences(ctx)
        lengths = [len(tok.encode(ctx[s:e], add_special_tokens=False).ids) for s, e in sents]
        words = [content_words(ctx[s:e]) for s, e in sents]
        paras.append((ctx, sents, lengths, words))
    out = []
    for pi, p in enumerate(article["paragraphs"]):
        ctx, sents, lengths, _ = paras[pi]
        for qa in p["qas"]:
            q = qa["question"].strip()
            qlen = len(tok.encode(q, add_special_tokens=False).ids)
            budget = max(32, int((max_len - qlen - 3) * rng.uniform(0.6, 1.0)))
            answers = [] if qa.get("is_impossible") else qa["answers"]
            if answers:
                a = answers[0]
                a_start, a_end = a["answer_start"], a["answer_start"] + len(a["text"])
                anchor = next((i for i, (s, e) in enumerate(sents) if s <= a_start < e), None)
                seen = set()
                for p_index in range(positives_per_question if anchor is not None else 0):
                    # Further positives see the answer in other surroundings (another budget, another side).
                    p_budget = budget if p_index == 0 else max(32, int((max_len - qlen - 3) * rng.uniform(0.4, 1.0)))
                    lo, hi = grow_window(sents, lengths, anchor, p_budget, rng)
                    while sents[hi][1] < a_end and hi + 1 < len(sents):
                        hi += 1
                    if (lo, hi) in seen:
                        continue
                    seen.add((lo, hi))
                    w_start, w_end = sents[lo][0], sents[hi][1]
                    out.append((q, ctx[w_start:w_end], a_start - w_start, a["text"]))
            qwords = content_words(q)
            golds = {a["text"].lower() for a in answers}
            candidates = []
            for pj, (c2, s2, l2, w2) in enumerate(paras):
                for si, sw in enumerate(w2):
                    if pj == pi and answers:
                        continue  # the answer's own paragraph may hold it in other words
                    candidates.append((len(qwords & sw) + rng.random() * 0.5, pj, si))
            candidates.sort(reverse=True)
            taken = 0
            for _, pj, si in candidates:
                if taken >= negatives_per_question:
                    break
                c2, s2, l2, _ = paras[pj]
                lo, hi = grow_window(s2, l2, si, budget, rng)
                text = c2[s2[lo][0]:s2[hi][1]]
                if any(g and g in text.lower() for g in golds):
                    continue
                out.append((q, text, -1, None))
                taken += 1
    return out


def encode(tok, q, ctx, a_start, a_text, max_len):
    enc = tok.encode(q, ctx)
    ids, types, offsets = enc.ids, enc.type_ids, enc.offsets
    if len(ids) > max_len:  # cut the context, keep the closing [SEP]
        ids, types, offsets = ids[: max_len - 1] + [ids[-1]], types[: max_len - 1] + [types[-1]], \
            offsets[: max_len - 1] + [offsets[-1]]
    context_mask = [1 if t == 1 and i != len(ids) - 1 else 0 for i, t in enumerate(types)]
    start = end = 0
    if a_text is not None:
        a_end = a_start + len(a_text)
        start = next((i for i, (o, m) in enumerate(zip(offsets, context_mask)) if m and o[0] <= a_start < o[1]),
                     None)
        end = next((i for i, (o, m) in reversed(list(enumerate(zip(offsets, context_mask))))
                    if m and o[0] < a_end <= o[1]), None)
        if start is None or end is None or end < start:
            return None
    return ids, types, context_mask, start, end


def build_examples(files, tok, max_len, seed, negatives, keep_articles=None, drop_articles=(), positives=1):
    rng = random.Random(seed)
    examples, skipped = [], 0
    for f in files:
        for article in json.load(open(f))["data"]:
            if article["title"] in drop_articles:
                continue
            if keep_articles is not None and article["title"] not in keep_articles:
                continue
            for q, ctx, s, a in article_windows(article, tok, max_len, rng, negatives, positives):
                e = encode(tok, q, ctx, s, a, max_len)
                if e is None:
                    skipped += 1
                else:
                    examples.append(e)
    return examples, skipped


def draw_windows(args, seed):
    """One draw of the training windows (its own process when several are built at once)."""
    tok = load_tokenizer(args.tokenizer)
    files = [os.path.join(args.squad, f) for f in TRAIN_FILES]
    return build_examples(files, tok, args.max_len, seed, args.negatives,
                          drop_articles=validation_articles(args), positives=args.positives)


def batches(examples, batch_size, rng):
    order = list(range(len(examples)))
    rng.shuffle(order)
    chunk = batch_size * 50
    out = []
    for c in range(0, len(order), chunk):
        part = sorted(order[c:c + chunk], key=lambda i: len(examples[i][0]))
        out += [part[b:b + batch_size] for b in range(0, len(part), batch_size)]
    rng.shuffle(out)
    return out


def collate(examples, idx):
    n = max(len(examples[i][0]) for i in idx)
    ids = torch.zeros(len(idx), n, dtype=torch.long)
    types = torch.zeros_like(ids)
    att = torch.zeros_like(ids)
    allowed = torch.zeros(len(idx), n, dtype=torch.bool)
    starts, ends = [], []
    for r, i in enumerate(idx):
        e_ids, e_types, mask, s, e = examples[i]
        ids[r, : len(e_ids)] = torch.tensor(e_ids)
        types[r, : len(e_ids)] = torch.tensor(e_types)
        att[r, : len(e_ids)] = 1
        allowed[r, : len(e_ids)] = torch.tensor(mask, dtype=torch.bool)
        allowed[r, 0] = True
        starts.append(s)
        ends.append(e)
    return ids, att, types, allowed, torch.tensor(starts), torch.tensor(ends)


# ---------------------------------------------------------------- commands

def validation_articles(args):
    """The held-out articles: the fixed three, and --holdout-extra more drawn with the seed."""
    if not args.holdout_extra:
        return list(VALIDATION_ARTICLES)
    titles = [a["title"] for a in json.load(open(os.path.join(args.squad, "train.v2.json")))["data"]]
    rest = sorted(t for t in titles if t not in VALIDATION_ARTICLES)
    return list(VALIDATION_ARTICLES) + sorted(random.Random(args.holdout_seed).sample(rest, args.holdout_extra))


def train(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    os.makedirs(args.out, exist_ok=True)
    epochs = math.ceil(args.epochs)
    # With --redraw-windows each epoch reads windows drawn anew (seed + epoch): other budgets,
    # surroundings and negatives for the same questions, so a second epoch is not the first repeated.
    draws = epochs if args.redraw_windows else 1
    log(f"building windows from {TRAIN_FILES} in {args.squad} ({draws} draw(s))")
    if draws > 1 and args.workers > 1:
        import multiprocessing
        os.environ["TOKENIZERS_PARALLELISM"] = "false"
        with multiprocessing.get_context("spawn").Pool(min(draws, args.workers)) as pool:
            results = pool.starmap(draw_windows, [(args, args.seed + e) for e in range(draws)])
    else:
        results = [draw_windows(args, args.seed + e) for e in range(draws)]
    epoch_examples, skipped_per_draw = [], []
    for e, (drawn, skipped) in enumerate(results):
        positives = sum(1 for x in drawn if x[3] > 0)
        log(f"draw {e + 1}: {len(drawn)} windows ({positives} with the answer), {skipped} skipped "
            f"(answer cut or unaligned)")
        epoch_examples.append(drawn)
        skipped_per_draw.append(skipped)
    write_validation(args)
    examples, offsets = [], []
    for drawn in epoch_examples:
        offsets.append(len(examples))
        examples += drawn

    device = torch.device(args.device)
    teacher, picked = None, None
    if args.student_layers:
        # Distillation: a shallower reader learns the teacher's start and end distributions beside the gold span.
        teacher_state = reader_state(args.teacher)
        teacher = reader_from_state(teacher_state).to(device).eval()
        if args.init:
            model = reader_from_state(reader_state(args.init))
        else:
            first, picked = student_state(teacher_state, args.student_layers)
            model = reader_from_state(first)
            log(f"student of {args.student_layers} layers from layers {picked} of {args.teacher}")
    elif args.init:
        model = reader_from_state(reader_state(args.init))
        log(f"starting from the weights of {args.init}")
    else:
        model = SpanReader(bert_from_onnx(args.onnx))
    model.to(device)
    if device.type == "cuda":
        # On the H200, bf16 autocast with PyTorch's fused attention (sdpa) gave NaN losses from the first steps,
        # while the CPU's fp32 run of the same code did not: the GPU runs fp32 (TF32 products) and plain attention.
        torch.backends.cuda.matmul.allow_tf32 = True
        for m in (model, teacher):
            if m is not None:
                m.bert.set_attn_implementation("eager")
    rng = random.Random(args.seed)
    plan, epoch_ends = [], []
    for e in range(epochs):
        drawn = epoch_examples[e % draws]
        plan += [[offsets[e % draws] + i for i in b] for b in batches(drawn, args.batch, rng)]
        epoch_ends.append(len(plan))
    plan = plan[: int(len(plan) / epochs * args.epochs)]
    optimizer = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = int(0.06 * len(plan))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / max(1, warmup)) * max(0.0, (len(plan) - s) / len(plan)))
    step = 0
    ckpt = os.path.join(args.out, "checkpoint.pt")
    if os.path.exists(ckpt):
        state = torch.load(ckpt, weights_only=False, map_location=device)
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        schedule.load_state_dict(state["schedule"])
        step = state["step"]
        log(f"resumed at step {step}")
    log(f"{len(plan)} steps of {args.batch}, lr {args.lr}, max_len {args.max_len}, seed {args.seed}")
    started, window_loss, windows, nonfinite = time.time(), 0.0, 0, 0
    model.train()
    while step < len(plan):
        ids, att, types, allowed, starts, ends = (t.to(device) for t in collate(examples, plan[step]))
        s_logits, e_logits = model(ids, att, types)
        s_logits = s_logits.float().masked_fill(~allowed, -1e4)
        e_logits = e_logits.float().masked_fill(~allowed, -1e4)
        loss = (torch.nn.functional.cross_entropy(s_logits, starts)
                + torch.nn.functional.cross_entropy(e_logits, ends)) / 2
        if teacher is not None:
            with torch.no_grad():
                t_start, t_end = teacher(ids, att, types)
            soft = (distillation_loss(s_logits, t_start.float().masked_fill(~allowed, -1e4), args.temperature)
                    + distillation_loss(e_logits, t_end.float().masked_fill(~allowed, -1e4), args.temperature)) / 2
            loss = args.distill_weight * soft + (1 - args.distill_weight) * loss
        loss.backward()
        norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        if not torch.isfinite(norm):
            # One non-finite step would spread NaN into every weight: skip it, and stop if it is not rare.
            optimizer.zero_grad()
            schedule.step()
            step += 1
            nonfinite += 1
            if nonfinite > max(10, len(plan) // 100):
                sys.exit(f"{nonfinite} of {step} steps had non-finite gradients; stopped (the model is unchanged "
                         f"by them, the last checkpoint holds it)")
            continue
        optimizer.step()
        schedule.step()
        optimizer.zero_grad()
        step += 1
        window_loss += loss.item()
        windows += len(plan[step - 1])
        if step % 50 == 0:
            rate = windows / (time.time() - started)
            eta = (len(plan) - step) * args.batch / rate / 60
            log(f"step {step}/{len(plan)} loss {window_loss / 50:.3f} {rate:.1f} windows/s eta {eta:.0f} min")
            window_loss = 0.0
        if step % args.checkpoint_every == 0 or step == len(plan):
            torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                        "schedule": schedule.state_dict(), "step": step}, ckpt + ".tmp")
            os.replace(ckpt + ".tmp", ckpt)
            log(f"checkpoint at step {step}")
        if step in epoch_ends[:-1]:
            # Kept apart, so that validation can compare a model after each epoch.
            epoch = epoch_ends.index(step) + 1
            torch.save({"model": model.state_dict(), "step": step}, os.path.join(args.out, f"epoch-{epoch}.pt"))
            log(f"epoch {epoch} kept as epoch-{epoch}.pt")
        if args.minutes and (time.time() - started) / 60 > args.minutes:
            log("time limit reached; the last checkpoint holds the model")
            torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(),
                        "schedule": schedule.state_dict(), "step": step}, ckpt)
            break
    json.dump({"steps": step, "planned_steps": len(plan), "windows": [len(d) for d in epoch_examples],
               "with_answer": [sum(1 for x in d if x[3] > 0) for d in epoch_examples], "redraw_windows": args.redraw_windows,
               "skipped": skipped_per_draw, "nonfinite_steps": nonfinite, "minutes": round((time.time() - started) / 60, 1), "lr": args.lr,
               "batch": args.batch, "max_len": args.max_len, "seed": args.seed, "epochs": args.epochs,
               "negatives_per_question": args.negatives, "positives_per_question": args.positives, "threads": args.threads, "device": torch.cuda.get_device_name(device) if device.type == "cuda" else "cpu",
               "init": args.init, "holdout_seed": args.holdout_seed, "teacher": args.teacher,
               "student_layers": args.student_layers, "student_from_layers": picked,
               "temperature": args.temperature if teacher is not None else None,
               "distill_weight": args.distill_weight if teacher is not None else None,
               "validation_articles": validation_articles(args),
               "base": {"file": os.path.basename(args.onnx), "sha256": sha256(args.onnx)} if args.onnx else None,
               "data_sha256": {f: sha256(os.path.join(args.squad, f)) for f in TRAIN_FILES}},
              open(os.path.join(args.out, "training.json"), "w"), indent=2)
    log("done")


def distillation_loss(student, teacher, temperature):
    """KL divergence from the teacher's softened distribution, scaled by T^2 so its gradients keep their size."""
    return torch.nn.functional.kl_div(torch.log_softmax(student / temperature, -1),
                                      torch.log_softmax(teacher / temperature, -1),
                                      log_target=True, reduction="batchmean") * temperature ** 2


def write_validation(args):
    """The held-out training articles as a SQuAD file, for choosing thresholds with the product's own command."""
    data = json.load(open(os.path.join(args.squad, "train.v2.json")))
    held_out = validation_articles(args)
    data["data"] = [a for a in data["data"] if a["title"] in held_out]
    log(f"validation: {len(data['data'])} held-out articles {held_out}")
    json.dump(data, open(os.path.join(args.out, "validation.v2.json"), "w"))


def export(args):
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    # --init re-exports a reader already exported (its int8 weights come back unchanged) or a checkpoint.
    model = reader_from_state(reader_state(args.init or args.checkpoint or os.path.join(args.out, "checkpoint.pt")))
    model.eval()
    # Trained with PyTorch's fused attention (sdpa), exported as plain matrix products: the graph that
    # sdpa traces to ran the same int8 weights 1.5 times slower in the product's ONNX Runtime 1.20.
    model.bert.set_attn_implementation("eager")
    os.makedirs(args.out, exist_ok=True)
    ids = torch.tensor([[101, 2054, 102, 2023, 2003, 102]])
    fp32 = os.path.join(args.out, "reader.onnx")
    torch.onnx.export(model, (ids, torch.ones_like(ids), torch.tensor([[0, 0, 0, 1, 1, 1]])), fp32,
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["start_logits", "end_logits"], opset_version=17, dynamo=False,
                      dynamic_axes={n: {0: "batch", 1: "tokens"} for n in
                                    ["input_ids", "attention_mask", "token_type_ids", "start_logits",
                                     "end_logits"]})
    m = onnx.load(fp32)
    m.ir_version = 8  # ONNX Runtime 1.20 (the product's) reads IR version 8
    onnx.save(m, fp32)
    int8 = os.path.join(args.out, "reader-int8.onnx")
    quantize_dynamic(fp32, int8, weight_type=QuantType.QInt8, per_channel=True)
    m = onnx.load(int8)
    m.ir_version = 8
    onnx.save(m, int8)
    import onnxruntime as ort
    with torch.no_grad():
        want = model(ids, torch.ones_like(ids), torch.tensor([[0, 0, 0, 1, 1, 1]]))[0].numpy()
    got = ort.InferenceSession(fp32).run(None, {"input_ids": ids.numpy(), "attention_mask": np.ones_like(ids.numpy()),
                                                "token_type_ids": np.array([[0, 0, 0, 1, 1, 1]])})[0]
    log(f"exported {fp32} ({os.path.getsize(fp32) >> 20} MB) and {int8} ({os.path.getsize(int8) >> 20} MB); "
        f"max |onnx - torch| = {np.abs(got - want).max():.2e}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("command", choices=["train", "export"])
    p.add_argument("--onnx", help="the fp32 base model, e5-small-v2.onnx from its embeddings jar (train: needed "
                                   "unless --init or --student-layers gives the first weights)")
    p.add_argument("--tokenizer", help="e5-small-v2-tokenizer.json from the same jar")
    p.add_argument("--squad", default=SQUAD)
    p.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "out"))
    p.add_argument("--max-len", type=int, default=192)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--lr", type=float, default=1e-4)
    p.add_argument("--epochs", type=float, default=1.0)
    p.add_argument("--negatives", type=int, default=2, help="negative windows per question")
    p.add_argument("--positives", type=int, default=2,
                   help="windows holding the answer per answerable question (more than one: other surroundings)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--holdout-extra", type=int, default=5,
                   help="hold out this many more train.v2.json articles (drawn with --holdout-seed) for validation")
    p.add_argument("--holdout-seed", type=int, default=13,
                   help="draws the --holdout-extra articles; keep it when --init continues a run, so that "
                        "the held-out articles stay unseen while --seed draws other windows")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--init", help="train: start from an exported reader (fp32 or int8 ONNX) or a checkpoint (.pt) "
                   "instead of the base weights; export: re-export that reader instead of out/checkpoint.pt")
    p.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu",
                   help="cpu, or cuda where a GPU is lent")
    p.add_argument("--workers", type=int, default=1,
                   help="processes that draw the epochs' windows at once (with --redraw-windows)")
    p.add_argument("--student-layers", type=int, default=0,
                   help="distil a reader of this many layers from --teacher, its first weights taken from the "
                        "teacher's layers evenly spaced (or from --init)")
    p.add_argument("--teacher", help="with --student-layers: the teacher reader (.onnx or .pt)")
    p.add_argument("--temperature", type=float, default=2.0, help="distillation temperature")
    p.add_argument("--distill-weight", type=float, default=0.5,
                   help="share of the distillation loss; the rest is the gold span's cross-entropy")
    p.add_argument("--redraw-windows", action="store_true",
                   help="draw each epoch's windows anew (seed + epoch) instead of repeating the first epoch's")
    p.add_argument("--checkpoint", help="export: this checkpoint (e.g. out/epoch-1.pt) instead of out/checkpoint.pt")
    p.add_argument("--minutes", type=float, default=0, help="stop after this long (0: no limit)")
    p.add_argument("--checkpoint-every", type=int, default=200)
    args = p.parse_args()
    if args.command == "train" and not (args.onnx or args.init or args.student_layers):
        p.error("train needs --onnx (the base weights), --init or --student-layers")
    if args.student_layers and not args.teacher:
        p.error("--student-layers needs --teacher")
    if args.command == "train" and not args.tokenizer:
        p.error("train needs --tokenizer")
    train(args) if args.command == "train" else export(args)


if __name__ == "__main__":
    main()
