"""Learned components: small models trained by scripts in this package on openly
licensed data, committed with the code and loaded from the package (nothing downloads).

  features.py        what a sentence says, as strings a linear model can weigh
  linear.py          softmax regression in numpy: fit, save, load, predict
  event_types.py     the committed PLOVER event-type model (event_types.npz) and its use
  train_events.py    the script that trains it (python -m tacitus.learn.train_events)
"""
